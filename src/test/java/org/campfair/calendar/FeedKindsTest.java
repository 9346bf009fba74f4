package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.calendar.Feeds.events;

import java.time.Duration;
import java.util.List;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.internal.FeedSubjects;
import org.campfair.participant.Participant;
import org.campfair.participant.ParticipantService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What each kind of feed shows, whom it names, and which ones remind. */
@CampfairIntegrationTest
class FeedKindsTest {

    @Autowired
    HandMadeRosters handMade;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    FeedSubjects subjects;
    @Autowired
    ParticipantService participants;
    @Autowired
    ReminderSettings reminders;

    private HandMadeRoster roster;
    private List<Participant> people;

    @BeforeEach
    void publish() {
        roster = handMade.published();
        people = participants.listByCamp(roster.campId);
    }

    @Test
    void aVillageFeedHasEveryShiftOfItsTasksWithNicknamesAndNeverALegalNameOrEmail() {
        var village = subjects.villages(roster.campId).getFirst();
        String ics = ics(FeedSubject.village(roster.campId, village.id()));

        long shifts = jdbc.sql("select count(*) from shift s join task t on t.id = s.task_id where t.camp_id = ?")
                .param(roster.campId).query(Long.class).single();
        assertThat(events(ics)).hasSize((int) shifts);
        assertThat(ics).as("in the camp's language, Japanese").contains("参加者：").contains(people.getFirst().nickname());
        for (Participant person : people) {
            assertThat(ics).doesNotContain(person.legalName()).doesNotContain(person.email());
        }
        assertThat(ics).doesNotContain("@example.org").doesNotContain("BEGIN:VALARM");
    }

    @Test
    void aHouseFeedShowsWhoStaysThereByNickname() {
        var house = subjects.houses(roster.campId).getFirst();
        List<String> guests = jdbc.sql("""
                select p.nickname from bed_assignment a join participant p on p.id = a.participant_id
                join bed b on b.id = a.bed_id join room r on r.id = b.room_id where r.house_id = ? order by p.id""")
                .param(house.id()).query(String.class).list();

        String ics = ics(FeedSubject.house(roster.campId, house.id()));

        assertThat(events(ics)).extracting(event -> event.getSummary().getValue().split(" – ")[0])
                .containsExactlyInAnyOrderElementsOf(guests);
        for (Participant person : people) {
            assertThat(ics).doesNotContain(person.legalName()).doesNotContain(person.email());
        }
        assertThat(ics).doesNotContain("BEGIN:VALARM");
    }

    @Test
    void theOrganizerFeedHasEveryShiftAndStayAndNoReminders() {
        String ics = ics(FeedSubject.camp(roster.campId));

        long shifts = jdbc.sql("select count(*) from shift s join task t on t.id = s.task_id where t.camp_id = ?")
                .param(roster.campId).query(Long.class).single();
        assertThat(events(ics)).hasSize((int) shifts + people.size());
        assertThat(ics).doesNotContain("BEGIN:VALARM");
    }

    @Test
    void participantEventsRemindTheEveningBeforeAndAnHourBefore() {
        long kuma = roster.participants.getFirst();

        for (VEvent event : events(ics(FeedSubject.participant(roster.campId, kuma)))) {
            var start = java.time.ZonedDateTime.from(event.getDateTimeStart().getDate()).toLocalDateTime();
            var eveningBefore = Duration.between(start.toLocalDate().minusDays(1).atTime(18, 0), start);
            assertThat(triggers(event)).containsExactly(eveningBefore, Duration.ofHours(1));
        }
    }

    @Test
    void aParticipantsChosenRemindersReplaceTheDefault() {
        long kuma = roster.participants.getFirst();
        reminders.choose(kuma, new Reminders(false, List.of(30, 120)));

        for (VEvent event : events(ics(FeedSubject.participant(roster.campId, kuma)))) {
            assertThat(triggers(event)).containsExactly(Duration.ofMinutes(120), Duration.ofMinutes(30));
        }
        assertThat(reminders.of(roster.participants.get(1))).isEqualTo(Reminders.DEFAULT);
    }

    @Test
    void aSubjectOfAnotherCampHasNoFeed() {
        var otherCamp = handMade.create();
        var foreignHouse = subjects.houses(otherCamp.campId).getFirst();

        assertThat(feeds.render(FeedSubject.house(roster.campId, foreignHouse.id()))).isEmpty();
        assertThat(feeds.render(FeedSubject.participant(roster.campId, otherCamp.participants.getFirst())))
                .isEmpty();
    }

    @Test
    void labelsAreInTheLanguageOfTheFeedsOwner() {
        // The sample camp speaks Japanese; its participants Japanese, English or Korean.
        assertThat(stayOf(firstSpeaking("ja"))).startsWith("宿泊：");
        assertThat(stayOf(firstSpeaking("en"))).startsWith("Stay: ");
        assertThat(stayOf(firstSpeaking("ko"))).startsWith("숙박: ");
        assertThat(ics(FeedSubject.camp(roster.campId))).contains("X-WR-CALNAME:").contains("（運営者）")
                .contains("宿泊：");
        var house = subjects.houses(roster.campId).getFirst();
        assertThat(events(ics(FeedSubject.house(roster.campId, house.id()))))
                .allSatisfy(event -> assertThat(event.getDescription().getValue()).startsWith("ベッド"));
    }

    @Test
    void cancelledEventsSayItInTheParticipantsLanguage() {
        long korean = firstSpeaking("ko").id();
        long shift = roster.shiftsOf(korean).getFirst();
        roster.removeFromShift(korean, shift);
        roster.publish();

        var cancelled = events(ics(FeedSubject.participant(roster.campId, korean))).stream()
                .filter(event -> event.getUid().orElseThrow().getValue().equals("shift-" + shift + "-p" + korean
                        + "@campfair"))
                .findFirst().orElseThrow();
        assertThat(cancelled.getSummary().getValue()).startsWith("취소: ");
    }

    private Participant firstSpeaking(String language) {
        return people.stream().filter(p -> p.language().equals(language)).findFirst().orElseThrow();
    }

    private String stayOf(Participant participant) {
        return events(ics(FeedSubject.participant(roster.campId, participant.id()))).stream()
                .filter(event -> event.getUid().orElseThrow().getValue().startsWith("stay-"))
                .findFirst().orElseThrow().getSummary().getValue();
    }

    private String ics(FeedSubject feed) {
        return feeds.render(feed).orElseThrow().body();
    }

    /** How long before the start each alarm fires, earliest first. */
    private static List<Duration> triggers(VEvent event) {
        return event.<VAlarm>getComponents(Component.VALARM).stream()
                .map(alarm -> Duration.from(alarm.getTrigger().orElseThrow().getDuration()).negated())
                .toList();
    }
}
