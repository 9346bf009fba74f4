package org.campfair.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.campfair.calendar.FeedKind;
import org.campfair.calendar.internal.EventChange.Type;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    private static final LocalDateTime EIGHT = LocalDateTime.of(2027, 11, 3, 8, 0);
    private static final EventContent HARVEST = content("shift-1-p7@campfair", "Yuzu harvest", EIGHT);

    @Test
    void aNewEventStartsAtSequenceZero() {
        assertThat(Reconciliation.of(Map.of(), List.of(HARVEST)))
                .singleElement().satisfies(change -> {
                    assertThat(change.type()).isEqualTo(Type.ADDED);
                    assertThat(change.sequence()).isZero();
                });
    }

    @Test
    void anUnchangedEventIsLeftAlone() {
        assertThat(Reconciliation.of(stored(HARVEST, 3, false), List.of(HARVEST))).isEmpty();
    }

    @Test
    void aChangedEventCountsUp() {
        var later = content(HARVEST.uid(), HARVEST.summary(), EIGHT.plusMinutes(30));

        assertThat(Reconciliation.of(stored(HARVEST, 3, false), List.of(later)))
                .singleElement().satisfies(change -> {
                    assertThat(change.type()).isEqualTo(Type.CHANGED);
                    assertThat(change.sequence()).isEqualTo(4);
                    assertThat(change.content()).isEqualTo(later);
                });
    }

    @Test
    void aMissingEventIsCancelledOnceWithAHigherSequence() {
        assertThat(Reconciliation.of(stored(HARVEST, 3, false), List.of()))
                .singleElement().satisfies(change -> {
                    assertThat(change.type()).isEqualTo(Type.CANCELLED);
                    assertThat(change.sequence()).isEqualTo(4);
                });
        assertThat(Reconciliation.of(stored(HARVEST, 4, true), List.of())).as("already cancelled").isEmpty();
    }

    @Test
    void aCancelledEventThatReturnsUnchangedStillCountsUp() {
        assertThat(Reconciliation.of(stored(HARVEST, 4, true), List.of(HARVEST)))
                .singleElement().satisfies(change -> {
                    assertThat(change.type()).isEqualTo(Type.CHANGED);
                    assertThat(change.sequence()).isEqualTo(5);
                });
    }

    @Test
    void theSameUidInTwoFeedKindsIsTwoEvents() {
        var inCampFeed = new EventContent(FeedKind.CAMP, 1, HARVEST.uid(), "x", "", "", null, null, EIGHT,
                EIGHT.plusHours(1));

        assertThat(Reconciliation.of(Map.of(), List.of(HARVEST, inCampFeed))).hasSize(2);
    }

    @Test
    void twoEventsWithOneUidInOneFeedKindAreABug() {
        assertThatIllegalStateException().isThrownBy(() -> Reconciliation.of(Map.of(), List.of(HARVEST, HARVEST)));
    }

    private static EventContent content(String uid, String summary, LocalDateTime start) {
        return new EventContent(FeedKind.PARTICIPANT, 7, uid, summary, "Bring gloves", "Upper grove", 33.6, 134.0,
                start, start.plusHours(3));
    }

    private static Map<EventKey, StoredEvent> stored(EventContent content, int sequence, boolean cancelled) {
        var key = new EventKey(content.kind(), content.uid());
        return Map.of(key, new StoredEvent(key, content.subjectId(), content.hash(), sequence, cancelled));
    }
}
