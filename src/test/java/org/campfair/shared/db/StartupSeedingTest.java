package org.campfair.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.campfair.CampfairIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CampfairIntegrationTest
class StartupSeedingTest {

    @Autowired
    StartupSeeding seeding;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondSeederWaitsUntilTheFirstHasCommitted() throws Exception {
        List<String> steps = new CopyOnWriteArrayList<>();
        var firstInside = new CountDownLatch(1);
        var secondAsking = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(2)) {
            var first = threads.submit(() -> seeding.inTurn(() -> {
                steps.add("first in");
                firstInside.countDown();
                await(secondAsking);
                // Time for the second seeder to get in, which it must not while this one holds the lock.
                sleep(300);
                steps.add("first done");
            }));
            assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
            var second = threads.submit(() -> {
                secondAsking.countDown();
                seeding.inTurn(() -> steps.add("second in"));
            });
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        }
        assertThat(steps).containsExactly("first in", "first done", "second in");
    }

    @Test
    void aFailingStepLeavesNothingBehind() {
        jdbc.sql("create table if not exists seeding_probe (id int)").update();
        assertThatThrownBy(() -> seeding.inTurn(() -> {
            jdbc.sql("insert into seeding_probe values (1)").update();
            throw new IllegalStateException("the sample camp is broken");
        })).hasMessage("the sample camp is broken");
        assertThat(jdbc.sql("select count(*) from seeding_probe").query(Long.class).single()).isZero();
        jdbc.sql("drop table seeding_probe").update();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
