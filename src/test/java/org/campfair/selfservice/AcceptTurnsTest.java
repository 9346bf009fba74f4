package org.campfair.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.roster.TakenSeat;
import org.campfair.selfservice.internal.TakeGate;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accepting a give-away and taking a seat held from a waiting list read and republish the
 * roster as a take does, so they wait for a turn at the same {@link TakeGate}: while every turn is
 * taken (threads parked inside the gate), an accept does not start, and it goes through once a
 * turn frees up. Without the gate a rush of accepts would hold a connection each, as takes did.
 */
@CampfairIntegrationTest
class AcceptTurnsTest {

    @Autowired
    OpenSeatCamps openSeatCamps;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    AccountService accounts;
    @Autowired
    SeatOfferService offers;
    @Autowired
    WaitingListService waitingLists;
    @Autowired
    TakeGate gate;
    @Autowired
    JdbcClient jdbc;
    @Value("${campfair.self-service.parallel-takes:4}")
    int turns;

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch leave = new CountDownLatch(1);

    @AfterEach
    void freeTheTurns() {
        leave.countDown();
        pool.shutdownNow();
    }

    @Test
    void anAcceptedGiveAwayWaitsForATurnLikeATake() throws Exception {
        var camp = openSeatCamps.publish();
        var offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()));
        takeEveryTurn();

        Future<OfferAccepted> accept = pool.submit(() -> as(camp.hanaAccount(),
                () -> offers.accept(camp.hana(), offer.id())));

        assertWaiting(accept);
        assertThat(holderOfFirstSeat(camp.firstJam())).as("nothing handed over yet").isEqualTo(camp.mikan());
        leave.countDown();
        assertThat(accept.get(2, TimeUnit.MINUTES).taken()).hasValueSatisfying(
                taken -> assertThat(taken.participantId()).isEqualTo(camp.hana()));
        assertThat(holderOfFirstSeat(camp.firstJam())).isEqualTo(camp.hana());
    }

    @Test
    void takingASeatHeldFromAWaitingListWaitsForATurnLikeATake() throws Exception {
        var camp = OpenSeatCamp.publish(importer, rosters, accounts, jdbc);
        long kuma = OpenSeatCamp.participant(jdbc, camp.campId(), "Kuma");
        camp.fillEveryJamSeat(jdbc, kuma);
        organizer(() -> rosters.publish(camp.campId()));
        long jamTask = jdbc.sql("select id from task where camp_id = ? and name = 'Jam making'")
                .param(camp.campId()).query(Long.class).single();
        as(camp.hanaAccount(), () -> waitingLists.join(camp.hana(), jamTask));
        long freed = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 3);
        jdbc.sql("update seat_assignment set participant_id = null where shift_id = ? and seat = 1").param(freed)
                .update();
        organizer(() -> rosters.publish(camp.campId()));
        var held = awaitHold(camp);
        takeEveryTurn();

        Future<TakenSeat> accept = pool.submit(() -> as(camp.hanaAccount(),
                () -> waitingLists.accept(camp.hana(), held.id())));

        assertWaiting(accept);
        leave.countDown();
        assertThat(accept.get(2, TimeUnit.MINUTES).seat().shiftId()).isEqualTo(freed);
    }

    /** Parks one thread inside the gate per turn, until the test lets them {@link #leave}. */
    private void takeEveryTurn() throws InterruptedException {
        var inside = new CountDownLatch(turns);
        for (int turn = 0; turn < turns; turn++) {
            pool.submit(() -> gate.through(() -> {
                inside.countDown();
                try {
                    leave.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
        }
        assertThat(inside.await(30, TimeUnit.SECONDS)).as("every turn taken").isTrue();
    }

    /** Long enough for an accept on this small camp to finish, had it not waited for a turn. */
    private static void assertWaiting(Future<?> accept) {
        assertThatThrownBy(() -> accept.get(4, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
    }

    /** The hold made for Hana after the publication (offered in the background once it committed). */
    private WaitingSeatOffer awaitHold(OpenSeatCamp camp) throws InterruptedException {
        for (int tries = 0; tries < 300; tries++) {
            var held = as(camp.hanaAccount(), () -> waitingLists.mine(camp.hana())).held();
            if (!held.isEmpty()) {
                return held.getFirst();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no seat was held for Hana");
    }

    private long holderOfFirstSeat(long shiftId) {
        return jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = 0").param(shiftId)
                .query(Long.class).single();
    }

    private static <T> T organizer(Supplier<T> work) {
        return SignIn.as("organizer", Role.ORGANIZER, work);
    }

    private static <T> T as(String account, Supplier<T> work) {
        return SignIn.as(account, Role.PARTICIPANT, work);
    }
}
