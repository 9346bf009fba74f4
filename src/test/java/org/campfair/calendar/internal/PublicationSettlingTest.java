package org.campfair.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PublicationSettlingTest {

    private static final long MS = 1_000_000;
    private final PublicationSettling settling = new PublicationSettling(Duration.ofMillis(500), Duration.ofSeconds(5));

    @Test
    void aRushOfPublicationsIsFollowedOnceAQuietMomentAfterTheLast() {
        var waiting = settling.arrived(1, 0);
        assertThat(waiting).isNotNull();
        assertThat(settling.arrived(1, 100 * MS)).as("the camp already waits").isNull();
        assertThat(settling.arrived(1, 300 * MS)).isNull();

        assertThat(settling.due(1, waiting, 500 * MS)).as("300 ms of quiet left after the last").isEqualTo(300 * MS);
        assertThat(settling.due(1, waiting, 800 * MS)).as("follow now").isZero();
        assertThat(settling.due(1, waiting, 900 * MS)).as("done").isEqualTo(-1);
        assertThat(settling.arrived(1, 1000 * MS)).as("the next publication waits anew").isNotNull();
    }

    @Test
    void aSteadyStreamIsFollowedNoLaterThanTheMaximumAfterItsFirstPublication() {
        var waiting = settling.arrived(1, 0);
        for (long at = 200; at <= 6000; at += 200) {
            settling.arrived(1, at * MS);
            long due = settling.due(1, waiting, at * MS);
            if (at < 5000) {
                assertThat(due).as("still waiting at %d ms", at).isPositive().isLessThanOrEqualTo(500 * MS);
            } else {
                assertThat(due).as("the maximum, 5 s after the first, has come").isZero();
                return;
            }
        }
        throw new AssertionError("never due");
    }

    @Test
    void campsWaitEachOnTheirOwnAndAllAreTakenAtOnceWhenAsked() {
        var one = settling.arrived(1, 0);
        var two = settling.arrived(2, 400 * MS);
        assertThat(settling.due(1, one, 500 * MS)).isZero();
        assertThat(settling.due(2, two, 500 * MS)).isEqualTo(400 * MS);

        settling.arrived(3, 600 * MS);
        assertThat(settling.takeAll()).containsExactlyInAnyOrder(2L, 3L);
        assertThat(settling.due(2, two, 2000 * MS)).as("taken already").isEqualTo(-1);
        assertThat(settling.takeAll()).isEmpty();
    }

    @Test
    void aMaximumShorterThanTheQuietMomentIsRefused() {
        assertThatThrownBy(() -> new PublicationSettling(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("settle-max");
    }
}
