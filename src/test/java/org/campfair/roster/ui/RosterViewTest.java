package org.campfair.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.campfair.roster.RosterPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class RosterViewTest extends RosterPageTest {

    @Autowired
    RosterPages pages;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @WithUserDetails("organizer")
    void showsEachDaysShiftsWithNicknamesAndEveryonesBed() {
        long campId = solvedSample();
        var view = openRoster(campId);

        assertThat(view.title.getText()).startsWith("Yuzuhara");
        assertThat(view.today.isVisible()).as("the camp runs in 2027").isFalse();
        assertThat(view.actions.status.getText()).as("the score in words").startsWith("Roster: all rules kept; ");
        assertThat(view.actions.progress.isVisible()).isFalse();
        assertThat(view.actions.publish.isEnabled()).isTrue();

        test(view.day).selectItem(LocalDate.of(2027, 11, 2).format(java.time.format.DateTimeFormatter
                .ofPattern("EEE d MMM", java.util.Locale.ENGLISH)));
        var shifts = test(view.shifts);
        assertThat(shifts.size()).isEqualTo(rosters.roster(campId).shiftsOn(LocalDate.of(2027, 11, 2)).size())
                .isPositive();
        assertThat(shifts.getCellText(0, 0)).matches("\\d\\d:\\d\\d–\\d\\d:\\d\\d");

        view.tabs.setSelectedIndex(3);
        var stays = test(view.stays);
        assertThat(stays.size()).isEqualTo(40);
        for (int row = 0; row < stays.size(); row++) {
            assertThat(stays.getCellText(row, 2)).isNotEqualTo("no bed yet");
        }
    }

    @Test
    @WithUserDetails("organizer")
    void theActionBarLeadsToTheCampsSelfServicePage() {
        long campId = importSample();
        var view = openRoster(campId);

        assertThat(view.actions.getChildren()).contains(view.actions.selfService, view.actions.afterCamp);
        assertThat(view.actions.selfService.getText()).isEqualTo("Self-service");
        test(view.actions.selfService).click();

        // By route: roster does not know selfservice's view class.
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("SelfServiceView");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo("camps/" + campId + "/self-service");
    }

    @Test
    @WithUserDetails("organizer")
    void aRunningCampLinksToTodaysBoard() {
        long campId = importSample();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        jdbc.sql("update camp set status = 'PUBLISHED', starts_on = ?, ends_on = ? where id = ?")
                .params(today.minusDays(1), today.plusDays(12), campId).update();

        var view = openRoster(campId);

        assertThat(view.today.isVisible()).isTrue();
        assertThat(view.today.getHref()).isEqualTo("camps/" + campId + "/today");
    }

    @Test
    @WithUserDetails("organizer")
    void explainsTheScoreAndChartsFairnessForEveryone() {
        long campId = solvedSample();
        var view = openRoster(campId);

        view.tabs.setSelectedIndex(4);
        var reasons = test(view.explanation.reasons);
        assertThat(reasons.size()).isPositive();
        test(view.explanation.filter).setValue("Work per day");
        assertThat(reasons.size()).isEqualTo(1);
        assertThat(reasons.getCellText(0, 1)).startsWith("Work per day at camp ranges from");

        view.tabs.setSelectedIndex(5);
        var chart = FairnessChart.draw(rosters.workShares(campId),
                new FairnessChart.Labels("title", "fair share {0} h", "planned {0}", "{0} not confirmed yet"));
        assertThat(chart).contains("fair share");
        assertThat(chart.split("<rect ", -1)).hasSize(40 + 1);
        assertThat(view.fairness.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("organizer")
    void theWhyTabSpeaksTheOrganizersLanguage() {
        long campId = solvedSample();
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.KOREAN);
        var view = openRoster(campId);

        view.tabs.setSelectedIndex(4);
        test(view.explanation.filter).setValue("캠프 기간 하루 작업량은");

        var reasons = test(view.explanation.reasons);
        assertThat(reasons.size()).isEqualTo(1);
        assertThat(reasons.getCellText(0, 1)).matches("캠프 기간 하루 작업량은 \\d+시간( \\d\\d분)?\\(.+\\)부터 .+까지입니다");
    }

    @Test
    @WithMockUser(roles = "PARTICIPANT")
    void participantsCannotOpenTheOrganizersRoster() {
        long campId = solvedSample();
        navigate("camps/" + campId + "/roster", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(RosterView.class);
    }

    @Test
    @WithUserDetails("organizer")
    void aParticipantsWeekShowsTheirShiftsHoursAgainstTheFairShareAndTheirBed() {
        long campId = solvedSample();
        var view = openRoster(campId);

        view.tabs.setSelectedIndex(1);
        test(view.participant.participant).selectItem("Kuma");

        var week = pages.week(campId, view.participant.participant.getValue().participantId());
        var days = test(view.participant.days);
        assertThat(days.size()).isEqualTo(14);
        assertThat(view.participant.hours.getText()).contains("h a day at camp", "fair share",
                week.shifts().size() + " shifts");
        var firstShift = week.shifts().getFirst().shift();
        int row = (int) java.time.temporal.ChronoUnit.DAYS.between(week.arrivesOn(), firstShift.day());
        assertThat(days.getCellText(row, 1)).contains(firstShift.task());
        assertThat(days.getCellText(0, 3)).isEqualTo(week.bedName());
        assertThat(days.getCellText(13, 3)).as("no night after departure").isEmpty();
        assertThat(view.participant.moveBed.isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("organizer")
    void aHouseShowsItsBedsWithWhoSleepsThereEachNight() {
        long campId = solvedSample();
        var view = openRoster(campId);

        view.tabs.setSelectedIndex(2);

        assertThat(view.house.house.getValue()).isNotNull();
        var beds = test(view.house.beds);
        var expected = pages.house(campId, view.house.house.getValue().houseId());
        assertThat(beds.size()).isEqualTo(expected.size()).isPositive();
        assertThat(view.house.beds.getColumns()).hasSize(2 + 13);
        var occupied = expected.stream().filter(b -> !b.sleepers().isEmpty()).findFirst().orElseThrow();
        int row = expected.indexOf(occupied);
        var sleeper = occupied.sleepers().getFirst();
        int night = (int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2027, 11, 1), sleeper.arrivesOn());
        assertThat(beds.getCellText(row, 2 + night)).contains(sleeper.nickname());
    }

    @Test
    @WithUserDetails("organizer")
    void eachReasonLinksToTheRecordToFix() {
        long campId = solvedSample();
        var view = openRoster(campId);
        view.tabs.setSelectedIndex(4);
        var everyone = pages.everyone(campId);
        var kuma = everyone.stream().filter(s -> s.nickname().equals("Kuma")).findFirst().orElseThrow();

        var links = view.explanation.links(new org.campfair.roster.Explanation("HARD", "Two volunteers share a bed",
                1, "Kuma and Taka share a bed", List.of("Kuma"), "Jam making", null));

        var hrefs = links.getChildren().map(c -> ((Anchor) c).getHref()).toList();
        assertThat(hrefs).containsExactly("camps/" + campId + "/participants?participant=" + kuma.participantId(),
                "camps/" + campId + "/tasks", "camps/" + campId + "/houses");

        var dayOff = view.explanation.links(new org.campfair.roster.Explanation("SOFT",
                "Volunteer works more than five days in a row", 15_000, "Kuma works six days in a row",
                List.of("Kuma"), null, null));
        assertThat(dayOff.getChildren().map(c -> ((Anchor) c).getHref()).toList()).containsExactly(
                "camps/" + campId + "/participants?participant=" + kuma.participantId(),
                "camps/" + campId + "/roster/priorities");
    }

    @Test
    @WithUserDetails("organizer")
    void theRosterSpeaksTheOrganizersLanguageWithDatesInTheirFormat() {
        long campId = solvedSample();
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.JAPANESE);

        var view = openRoster(campId);

        assertThat(view.tabs.getTabAt(0).getLabel()).isEqualTo("日ごと");
        assertThat(view.actions.solve.getText()).isEqualTo("作成");
        assertThat(view.actions.status.getText()).startsWith("ロスター：ルールはすべて守られています、");
        assertThat(view.day.getItemLabelGenerator().apply(LocalDate.of(2027, 11, 2))).isEqualTo("11月2日(火)");
        assertThat(test(view.shifts).getHeaderCell(1)).isEqualTo("作業");
    }
}
