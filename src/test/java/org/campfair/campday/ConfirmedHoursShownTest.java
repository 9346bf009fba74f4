package org.campfair.campday;

import static org.assertj.core.api.Assertions.assertThat;

import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.roster.PublishedHours;
import org.campfair.roster.PublishedRosterService;
import org.campfair.roster.RosterPages;
import org.campfair.roster.RosterService;
import org.campfair.roster.WorkShare;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Planned and confirmed hours side by side on a camp whose jam making runs since five minutes
 * ago ({@link RunningShift}), with Hana and Mikan on it in the published and the working
 * roster: Hana is marked for 200 minutes of the 125 planned, Mikan not yet.
 */
@CampfairIntegrationTest
class ConfirmedHoursShownTest {

    @Autowired
    CampImportService importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CheckInService checkIns;
    @Autowired
    RosterService rosters;
    @Autowired
    RosterPages pages;
    @Autowired
    PublishedRosterService published;

    private RunningShift running;

    @BeforeEach
    void markHanaLongerThanPlanned() {
        running = RunningShift.publish(importer, jdbc);
        jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, 0, ?), (?, 1, ?)")
                .params(running.shiftId(), running.hana(), running.shiftId(), running.mikan()).update();
        SignIn.as("organizer", Role.ORGANIZER, () -> checkIns.mark(running.shiftId(), 0, CheckInState.CAME, 200, 0));
    }

    @Test
    void theFairnessChartCountsTheConfirmedHoursBesideThePlanned() {
        var shares = SignIn.as("organizer", Role.ORGANIZER, () -> rosters.workShares(running.campId()));

        WorkShare hana = share(shares, "Hana");
        assertThat(hana.minutes()).isEqualTo(200);
        assertThat(hana.plannedMinutes()).isEqualTo(125);
        assertThat(hana.confirmedMinutes()).isEqualTo(200);
        assertThat(hana.differsFromPlan()).isTrue();
        WorkShare mikan = share(shares, "Mikan");
        assertThat(mikan.minutes()).isEqualTo(125);
        assertThat(mikan.notConfirmedYet()).isEqualTo(1);
        assertThat(mikan.differsFromPlan()).isFalse();
    }

    @Test
    void theParticipantsWeekShowsPlannedAndConfirmedHours() {
        var hanasWeek = SignIn.as("organizer", Role.ORGANIZER, () -> pages.week(running.campId(), running.hana()));
        assertThat(hanasWeek.minutes()).isEqualTo(200);
        assertThat(hanasWeek.plannedMinutes()).isEqualTo(125);
        assertThat(hanasWeek.confirmedMinutes()).isEqualTo(200);
        assertThat(hanasWeek.notConfirmedYet()).isZero();
        var mikansWeek = SignIn.as("organizer", Role.ORGANIZER, () -> pages.week(running.campId(), running.mikan()));
        assertThat(mikansWeek.minutes()).isEqualTo(125);
        assertThat(mikansWeek.notConfirmedYet()).isEqualTo(1);

        assertThat(SignIn.as("organizer", Role.ORGANIZER, () -> published.hoursOf(running.hana())))
                .isEqualTo(new PublishedHours(125, 200, 0));
        assertThat(SignIn.as("organizer", Role.ORGANIZER, () -> published.hoursOf(running.mikan())))
                .isEqualTo(new PublishedHours(125, 0, 1));
    }

    @Test
    void theExplanationOfFairnessSaysWhatWasConfirmedAgainstThePlan() {
        var explanation = SignIn.as("organizer", Role.ORGANIZER, () -> rosters.explain(running.campId()));

        assertThat(explanation.reasons()).anySatisfy(reason -> assertThat(reason.sentence())
                .startsWith("Work per day at camp ranges from")
                .contains("counting 3 h 20 min confirmed at check-in for shifts planned at 2 h 05 min"));
    }

    private static WorkShare share(java.util.List<WorkShare> shares, String nickname) {
        return shares.stream().filter(s -> s.nickname().equals(nickname)).findFirst().orElseThrow();
    }
}
