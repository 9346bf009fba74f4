package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.calendar.Feeds.byUid;
import static org.campfair.calendar.Feeds.cancelled;
import static org.campfair.calendar.Feeds.sequence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.internal.CalendarEventStore;
import org.campfair.calendar.internal.CalendarUpdates;
import org.campfair.calendar.internal.FeedSubjects;
import org.junit.jupiter.api.BeforeEach;
import org.campfair.roster.RosterPublished;
import org.campfair.roster.RosterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What clients need to update events in place across publications: the same UID, a higher
 * SEQUENCE and a newer DTSTAMP on change, and a cancellation when an assignment goes away.
 */
@CampfairIntegrationTest
class CalendarEventsTest {

    @Autowired
    HandMadeRosters handMade;
    @Autowired
    CalendarUpdates updates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    CalendarEventStore store;
    @Autowired
    FeedSubjects subjects;
    @Autowired
    ReminderSettings reminders;
    @Autowired
    FeedTokenService tokens;
    @Autowired
    RosterService rosters;

    private HandMadeRoster roster;
    private long kuma;
    private FeedSubject kumasFeed;
    private Instant firstPublication;

    @BeforeEach
    void publishOnce() {
        roster = handMade.create();
        firstPublication = roster.publish().publishedAt();
        kuma = roster.participants.getFirst();
        kumasFeed = FeedSubject.participant(roster.campId, kuma);
    }

    @Test
    void publishingBringsTheEventsUpToDateBeforeAnyFeedIsAskedFor() {
        var published = roster.publish();

        assertThat(jdbc.sql("select count(*) from calendar_publication where publication_id = ?")
                .param(published.publicationId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void republishingTheSameRosterKeepsEveryUidSequenceAndDtstamp() {
        var before = byUid(ics(kumasFeed));
        var campBefore = ics(FeedSubject.camp(roster.campId));

        roster.publish();

        var after = byUid(ics(kumasFeed));
        assertThat(after.keySet()).isEqualTo(before.keySet()).hasSize(roster.shiftsOf(kuma).size() + 1);
        after.values().forEach(event -> {
            assertThat(sequence(event)).isZero();
            assertThat(event.getDateTimeStamp().getDate()).isEqualTo(firstPublication.truncatedTo(ChronoUnit.SECONDS));
        });
        assertThat(ics(FeedSubject.camp(roster.campId))).isEqualTo(campBefore);
    }

    @Test
    void aChangedShiftCountsItsSequenceUpAndTakesTheNewPublicationAsDtstamp() {
        long moved = roster.shiftsOf(kuma).getFirst();
        long untouched = roster.shiftsOf(kuma).get(1);
        roster.moveShiftLater(moved, 30);

        Instant second = roster.publish().publishedAt();

        var events = byUid(ics(kumasFeed));
        var movedEvent = events.get("shift-" + moved + "-p" + kuma + "@campfair");
        assertThat(sequence(movedEvent)).isEqualTo(1);
        assertThat(movedEvent.getDateTimeStamp().getDate()).isEqualTo(second.truncatedTo(ChronoUnit.SECONDS));
        assertThat(movedEvent.getLastModified().getDate()).isEqualTo(second.truncatedTo(ChronoUnit.SECONDS));
        assertThat(cancelled(movedEvent)).isFalse();
        assertThat(sequence(events.get("shift-" + untouched + "-p" + kuma + "@campfair"))).isZero();
    }

    @Test
    void aRemovedAssignmentIsCancelledWithAHigherSequenceInEveryFeedThatShowedIt() {
        long shift = roster.shiftsOf(kuma).getFirst();
        roster.removeFromShift(kuma, shift);

        roster.publish();

        var gone = byUid(ics(kumasFeed)).get("shift-" + shift + "-p" + kuma + "@campfair");
        assertThat(gone).as("still in the feed, so clients drop their copy").isNotNull();
        assertThat(cancelled(gone)).isTrue();
        assertThat(sequence(gone)).isEqualTo(1);
        assertThat(gone.getSummary().getValue()).as("in Kuma's language, Japanese").startsWith("取り消し：");
        assertThat(gone.getAlarms()).as("no reminder of a cancelled shift").isEmpty();
        var campShift = byUid(ics(FeedSubject.camp(roster.campId))).get("shift-" + shift + "-c" + roster.campId
                + "@campfair");
        assertThat(sequence(campShift)).as("one volunteer fewer is a change for the organizers").isEqualTo(1);
        assertThat(cancelled(campShift)).isFalse();
    }

    @Test
    void aCancelledAssignmentThatReturnsCountsOnInsteadOfStartingAgain() {
        long shift = roster.shiftsOf(kuma).getFirst();
        roster.removeFromShift(kuma, shift);
        roster.publish();
        roster.publish();
        roster.addToShift(kuma, shift);

        roster.publish();

        var back = byUid(ics(kumasFeed)).get("shift-" + shift + "-p" + kuma + "@campfair");
        assertThat(cancelled(back)).isFalse();
        assertThat(sequence(back)).as("cancelled at 1, unchanged while away, back at 2").isEqualTo(2);
    }

    @Test
    void cancelledEventsLeaveTheFeedThirtyDaysAfterTheirCancellation() {
        long shift = roster.shiftsOf(kuma).getFirst();
        roster.removeFromShift(kuma, shift);
        Instant removed = roster.publish().publishedAt();
        String uid = "shift-" + shift + "-p" + kuma + "@campfair";

        assertThat(byUid(ics(kumasFeed, removed.plus(Duration.ofDays(29))))).containsKey(uid);
        assertThat(byUid(ics(kumasFeed, removed.plus(Duration.ofDays(31))))).doesNotContainKey(uid)
                .hasSize(roster.shiftsOf(kuma).size() + 1);
    }

    @Test
    void publicationsInQuickSuccessionAreFollowedInTheBackgroundOnceTheySettle() throws Exception {
        long shift = roster.shiftsOf(kuma).getFirst();
        var before = byUid(ics(kumasFeed)).get("shift-" + shift + "-p" + kuma + "@campfair");
        roster.moveShiftLater(shift, 30);
        rosters.publish(roster.campId);
        roster.moveShiftLater(shift, 30);
        var last = rosters.publish(roster.campId);

        // Nobody waits for the calendars and no feed is asked for: the background work follows
        // by itself once the publications settle (half a second of quiet by default).
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!applied(last) && System.nanoTime() - deadline < 0) {
            Thread.sleep(50);
        }
        assertThat(applied(last)).isTrue();
        var after = byUid(ics(kumasFeed)).get("shift-" + shift + "-p" + kuma + "@campfair");
        assertThat(after.getDateTimeStart().getDate().toString())
                .isNotEqualTo(before.getDateTimeStart().getDate().toString());
        assertThat(sequence(after)).isPositive();
    }

    private boolean applied(RosterPublished published) {
        return jdbc.sql("select count(*) from calendar_publication where publication_id = ?")
                .param(published.publicationId()).query(Long.class).single() == 1;
    }

    private String ics(FeedSubject feed) {
        return feeds.render(feed).orElseThrow().body();
    }

    /** The feed as a server whose clock shows {@code now} would serve it. */
    private String ics(FeedSubject feed, Instant now) {
        var later = new CalendarFeeds(updates, store, subjects, reminders, tokens, Clock.fixed(now, ZoneOffset.UTC),
                Duration.ofDays(30));
        return later.render(feed).orElseThrow().body();
    }
}
