package org.campfair.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hand edits, pins and a dropout re-plan on the real database and solver. */
@CampfairIntegrationTest
class RosterReplanTest {

    private static final Duration SOLVE_WAIT = Duration.ofSeconds(180);

    @Autowired
    RosterService rosters;
    @Autowired
    RosterEdits edits;
    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;

    @Test
    void aPinnedSeatKeepsItsParticipantThroughASolve() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        var shift = rosters.roster(campId).shiftsOn(LocalDate.of(2027, 11, 3)).getFirst();
        var someone = participants.listByCamp(campId).stream()
                .filter(p -> p.skills().containsAll(java.util.List.of("cooking", "food_hygiene")) && p.returning())
                .findFirst().orElseThrow();

        edits.assignSeat(campId, shift.shiftId(), 0, someone.id(), true);
        rosters.solve(campId);
        SolvedCamps.awaitSolved(rosters, campId, SOLVE_WAIT);

        var seat = rosters.roster(campId).shifts().stream().filter(s -> s.shiftId() == shift.shiftId())
                .findFirst().orElseThrow().seats().getFirst();
        assertThat(seat.participantId()).isEqualTo(someone.id());
        assertThat(seat.pinned()).isTrue();
    }

    @Test
    void aSeatOfAnotherCampIsNotFound() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        long otherCamp = importer.importCamp(CampFiles.classpath("sample-data"));
        long shiftOfOtherCamp = rosters.roster(otherCamp).shifts().getFirst().shiftId();

        assertThatThrownBy(() -> edits.pinSeat(campId, shiftOfOtherCamp, 0, true))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDropoutReplansOnlyFromThatDayAndListsTheChanges() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        rosters.solve(campId);
        SolvedCamps.awaitSolved(rosters, campId, SOLVE_WAIT);
        rosters.publish(campId);
        var before = rosters.roster(campId);
        LocalDate from = LocalDate.of(2027, 11, 8);
        var leaver = before.shifts().stream().filter(s -> !s.day().isBefore(from))
                .flatMap(s -> s.seats().stream()).filter(RosterSeat::isFilled).findFirst().orElseThrow();

        rosters.dropOut(leaver.participantId(), from);
        SolvedCamps.awaitSolved(rosters, campId, SOLVE_WAIT);

        var after = rosters.roster(campId);
        assertThat(after.shifts()).filteredOn(s -> !s.day().isBefore(from))
                .allMatch(s -> s.seats().stream().noneMatch(seat -> leaver.participantId().equals(seat.participantId())));
        assertThat(after.shifts()).filteredOn(s -> s.day().isBefore(from))
                .as("the past is untouched")
                .isEqualTo(before.shifts().stream().filter(s -> s.day().isBefore(from)).toList());
        var changes = rosters.changesSincePublication(campId);
        assertThat(changes).isNotEmpty()
                .filteredOn(c -> c.kind() == RosterChange.Kind.SEAT)
                .allMatch(c -> !c.day().isBefore(from))
                .anyMatch(c -> leaver.nickname().equals(c.before()));
        assertThat(participants.get(leaver.participantId()).departsOn()).isEqualTo(from);
        assertThat(rosters.status(campId).feasible()).isTrue();
    }
}
