package org.campfair.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.campfair.CampfairIntegrationTest;
import org.campfair.selfservice.internal.WaitingListStore;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a take commits, freed seats are offered to the waiting lists in the taker's thread.
 * With nobody of the camp on a waiting list that must not wait for the other takes in flight
 * (which hold the waiting lists' lock shared until they commit): in a rush of 100 takes on the
 * L camp it did, and every take waited for the ones beside it. With someone on a waiting list it
 * must not either: a take frees no seat, so nothing is offered after it.
 */
@CampfairIntegrationTest
class TakeBesideOtherTakesTest {

    @Autowired
    OpenSeatCamps camps;
    @Autowired
    OpenSeatService openSeats;
    @Autowired
    WaitingListStore waiting;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTakeReturnsWhileAnotherTakeIsStillInFlight() throws Exception {
        takeBesideAnother(camps.publish());
    }

    @Test
    void aTakeInACampWithAWaitingListReturnsWhileAnotherTakeIsStillInFlight() throws Exception {
        var camp = camps.publish();
        long task = jdbc.sql("select task_id from shift where id = ?")
                .param(OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 1)).query(Long.class).single();
        assertThat(waiting.join(camp.campId(), task, camp.mikan(), java.time.Instant.now())).isTrue();
        assertThat(waiting.nothingWaiting(camp.campId())).isFalse();

        takeBesideAnother(camp);
    }

    private void takeBesideAnother(OpenSeatCamp camp) throws Exception {
        long jam = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 2);
        var pool = Executors.newFixedThreadPool(2);
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try {
            // Another take in flight: the waiting lists' lock held shared until it commits.
            var other = pool.submit(() -> transaction.executeWithoutResult(status -> {
                waiting.lockShared(camp.campId());
                holding.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            var take = pool.submit(() -> SignIn.as(camp.hanaAccount(), Role.PARTICIPANT,
                    () -> openSeats.take(camp.hana(), jam)));

            assertThat(take.get(20, TimeUnit.SECONDS).seat().shiftId()).isEqualTo(jam);
            release.countDown();
            other.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
