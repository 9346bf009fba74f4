package org.campfair.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.campfair.camp.CampStatus;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.roster.internal.RosterProblemLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Solving the sample camp end to end on the real database. */
@CampfairIntegrationTest
class RosterServiceTest {

    @Autowired
    RosterService rosters;
    @Autowired
    CampImportService importer;
    @Autowired
    CampService camps;
    @Autowired
    RosterProblemLoader loader;

    @Test
    void theSampleCampSolvesFeasiblyAndEveryoneHasABed() {
        long campId = SolvedCamps.sampleCamp(importer, rosters);

        var status = rosters.status(campId);
        assertThat(status.feasible()).as("score %s", status.score()).isTrue();
        assertThat(status.score()).startsWith("0hard/0medium/");

        var roster = rosters.roster(campId);
        assertThat(roster.stays()).hasSize(40).allMatch(RosterStay::hasBed);
        assertThat(roster.unfilledBelowMinimum()).isZero();
        assertThat(roster.shifts()).hasSize(171);
        assertThat(camps.get(campId).status()).isIn(CampStatus.PLANNING, CampStatus.PUBLISHED);
    }

    @Test
    void theSavedRosterIsWhatTheNextSolveStartsFrom() {
        long campId = SolvedCamps.sampleCamp(importer, rosters);
        var problem = loader.load(campId);
        long filledSeats = rosters.roster(campId).shifts().stream().mapToLong(RosterShift::filled).sum();

        assertThat(problem.getSeats().stream().filter(seat -> seat.getVolunteer() != null).count())
                .isEqualTo(filledSeats);
        assertThat(problem.getStays()).allMatch(stay -> stay.getBed() != null);
    }

    @Test
    void publishingAnUnsolvedCampIsRefused() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        assertThatThrownBy(() -> rosters.publish(campId))
                .isInstanceOf(NothingToPublishException.class)
                .hasMessageContaining("solve it before publishing");
    }
}
