package org.campfair.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.campfair.camp.CampStatus;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Stay;
import org.campfair.roster.model.Volunteer;
import org.campfair.roster.solver.RosterWeights;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The planning problem carries the sample camp's wishes, weights and published roster. */
@CampfairIntegrationTest
class RosterProblemLoaderTest {

    @Autowired
    RosterProblemLoader loader;
    @Autowired
    RosterStore store;
    @Autowired
    CampImportService importer;
    @Autowired
    CampService camps;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SolutionManager<Roster, HardMediumSoftLongScore> solutions;

    @Test
    void volunteersCarryTheirTaskWishesAndRequests() {
        Roster roster = loader.load(importer.importCamp(CampFiles.classpath("sample-data")));

        Volunteer kuma = volunteer(roster, "Kuma");
        assertThat(kuma.likes(firstShiftOf(roster, "Clearing the abandoned grove"))).isTrue();
        assertThat(kuma.dislikes(firstShiftOf(roster, "Jam making"))).isTrue();
        assertThat(kuma.likes(firstShiftOf(roster, "Jam making"))).isFalse();
        assertThat(volunteer(roster, "Sora").isBuddyWith(volunteer(roster, "Hotaru"))).isTrue();
        assertThat(volunteer(roster, "Shiro").isToBeKeptApartFrom(volunteer(roster, "Kuro")))
                .isTrue();
        assertThat(volunteer(roster, "Sora").isBuddyWith(kuma)).isFalse();
    }

    @Test
    void aCampsStoredWeightsReplaceTheDefaultsAndUnknownKeysAreSkipped() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        weigh(campId, "LIKED_TASK", 7);
        weigh(campId, "NO_LONGER_A_RULE", 3);

        var analysis = solutions.analyze(loader.load(campId));

        // Score analysis signs weights: a reward is positive, a penalty negative.
        assertThat(analysis.getConstraintAnalysis(RosterWeights.LIKED_TASK.constraintName())
                .weight()).isEqualTo(HardMediumSoftLongScore.ofSoft(7));
        assertThat(analysis.getConstraintAnalysis(RosterWeights.GENTLE_START.constraintName())
                .weight()).isEqualTo(HardMediumSoftLongScore.ofSoft(
                        -RosterWeights.GENTLE_START.defaultWeight()));
    }

    @Test
    void aWindowHoldsOnlyItsOwnSeatsAndSaysItIsAWindow() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        Roster whole = loader.load(campId);
        var from = whole.getShifts().stream().map(Shift::getStart).min(java.util.Comparator.naturalOrder())
                .orElseThrow().toLocalDate().plusDays(1).atStartOfDay();
        var until = from.plusDays(1);

        Roster window = loader.load(campId, from, until);

        assertThat(whole.isWindowOnly()).isFalse();
        assertThat(loader.load(campId, from).isWindowOnly()).as("a re-plan with the past pinned is whole").isFalse();
        assertThat(window.isWindowOnly()).isTrue();
        assertThat(window.getSeats()).isNotEmpty().allMatch(seat -> !seat.getShift().getStart().isBefore(from)
                && seat.getShift().getStart().isBefore(until));
        assertThat(window.getSeats()).hasSize((int) whole.getSeats().stream().filter(seat ->
                !seat.getShift().getStart().isBefore(from) && seat.getShift().getStart().isBefore(until)).count());
        assertThat(window.getStays()).hasSameSizeAs(whole.getStays());
        assertThat(window.getVolunteers().size() + window.getOtherVolunteers().size())
                .isEqualTo(whole.getVolunteers().size());
    }

    @Test
    void aPublishedCampRemembersThePublishedRosterNotTheLaterWorkingOne() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        Roster before = loader.load(campId);
        Seat seat = before.getSeats().getFirst();
        Volunteer kuma = volunteer(before, "Kuma");
        long bedId = before.getBeds().getFirst().getId();
        jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, ?, ?)")
                .params(seat.getShift().getId(), seat.getIndex(), kuma.getId()).update();
        jdbc.sql("insert into bed_assignment (participant_id, bed_id) values (?, ?)")
                .params(kuma.getId(), bedId).update();

        assertThat(loader.load(campId).getSeats()).allMatch(s -> s.getOriginalVolunteer() == null);

        store.publish(campId, "0hard/0medium/0soft", Instant.now());
        camps.markStatus(campId, CampStatus.PUBLISHED);
        jdbc.sql("update seat_assignment set participant_id = ? where participant_id = ?")
                .params(volunteer(before, "Taka").getId(), kuma.getId()).update();
        Roster after = loader.load(campId);

        Seat replanned = after.getSeats().getFirst();
        assertThat(replanned.getVolunteer()).isEqualTo(volunteer(before, "Taka"));
        assertThat(replanned.getOriginalVolunteer()).isEqualTo(kuma);
        assertThat(replanned.isChangedSincePublished()).isTrue();
        assertThat(after.getSeats().stream().filter(s -> s.getOriginalVolunteer() != null))
                .hasSize(1);
        Stay kumasStay = after.getStays().stream()
                .filter(stay -> stay.getVolunteer().equals(kuma)).findFirst().orElseThrow();
        assertThat(kumasStay.getOriginalBed()).isNotNull();
        assertThat(kumasStay.getOriginalBed().getId()).isEqualTo(bedId);
        assertThat(kumasStay.isChangedSincePublished()).isFalse();
    }

    private void weigh(long campId, String key, long weight) {
        jdbc.sql("insert into camp_constraint_weight (camp_id, constraint_name, weight) values (?, ?, ?)")
                .params(campId, key, weight).update();
    }

    private static Volunteer volunteer(Roster roster, String nickname) {
        return roster.getVolunteers().stream().filter(v -> v.getNickname().equals(nickname))
                .findFirst().orElseThrow();
    }

    private static Shift firstShiftOf(Roster roster, String taskName) {
        return roster.getShifts().stream().filter(s -> s.getTaskName().equals(taskName))
                .findFirst().orElseThrow();
    }
}
