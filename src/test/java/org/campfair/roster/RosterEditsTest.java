package org.campfair.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.shared.StaleRecordException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hand edits on the real database: preview with score and broken rules, apply with pins, stale checks. */
@CampfairIntegrationTest
class RosterEditsTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 11, 1);

    @Autowired
    RosterEdits edits;
    @Autowired
    RosterPages pages;
    @Autowired
    RosterService rosters;
    @Autowired
    CampImportService importer;

    @Test
    void previewShowsTheBrokenRuleAndTheScoreChangeAndSavesNothing() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        var shift = pages.shiftsOn(campId, FIRST_DAY, 0, 1).getFirst();
        var late = lateArrival(campId);

        var preview = edits.preview(campId, RosterMove.seat(shift.shiftId(), 0, late.participantId()));

        assertThat(preview.scoreAfter()).isNotEqualTo(preview.scoreBefore());
        assertThat(preview.breaksHardRules()).isTrue();
        assertThat(preview.feasibleAfter()).isFalse();
        assertThat(preview.constraints()).anySatisfy(change -> {
            assertThat(change.constraint()).isEqualTo("Volunteer is not available for the shift");
            assertThat(change.level()).isEqualTo("HARD");
            assertThat(change.costChange()).isEqualTo(1);
            assertThat(change.matchesAfter()).isEqualTo(change.matchesBefore() + 1);
        });
        assertThat(preview.added()).anySatisfy(reason -> assertThat(reason.sentence())
                .contains(late.nickname()).contains("is not at camp then"));
        assertThat(preview.undo().seats()).containsExactly(new RosterMove.SeatChange(shift.shiftId(), 0, null));
        assertThat(pages.shiftsOn(campId, FIRST_DAY, 0, 1).getFirst().seats().getFirst().isFilled()).isFalse();
    }

    @Test
    void applyingMakesTheMoveAndPinsIt() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        var shift = pages.shiftsOn(campId, FIRST_DAY, 0, 1).getFirst();
        var early = pages.everyone(campId).stream().filter(s -> s.arrivesOn().equals(FIRST_DAY)).findFirst()
                .orElseThrow();

        edits.apply(campId, edits.preview(campId, RosterMove.seat(shift.shiftId(), 1, early.participantId())));

        var seat = pages.shiftsOn(campId, FIRST_DAY, 0, 1).getFirst().seats().get(1);
        assertThat(seat.participantId()).isEqualTo(early.participantId());
        assertThat(seat.pinned()).isTrue();
        assertThat(pages.week(campId, early.participantId()).shifts())
                .singleElement().satisfies(worked -> assertThat(worked.pinned()).isTrue());
    }

    @Test
    void aSeatChangedSinceThePreviewIsNotOverwritten() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        var shift = pages.shiftsOn(campId, FIRST_DAY, 0, 1).getFirst();
        var everyone = pages.everyone(campId);
        var preview = edits.preview(campId, RosterMove.seat(shift.shiftId(), 0, everyone.get(0).participantId()));

        edits.assignSeat(campId, shift.shiftId(), 0, everyone.get(1).participantId(), false);

        assertThatThrownBy(() -> edits.apply(campId, preview)).isInstanceOf(StaleRecordException.class);
        assertThat(pages.shiftsOn(campId, FIRST_DAY, 0, 1).getFirst().seats().getFirst().participantId())
                .isEqualTo(everyone.get(1).participantId());
    }

    @Test
    void twoPeopleInOneBedBreakAHardRuleAndTheMovedBedIsPinned() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        var everyone = pages.everyone(campId);
        var first = everyone.get(0);
        var second = everyone.stream().filter(s -> s.arrivesOn().equals(first.arrivesOn()) && s != first).findFirst()
                .orElseThrow();
        var bed = edits.beds(campId).getFirst();
        edits.apply(campId, edits.preview(campId, RosterMove.bed(first.participantId(), bed.bedId())));

        var preview = edits.preview(campId, RosterMove.bed(second.participantId(), bed.bedId()));

        assertThat(preview.breaksHardRules()).isTrue();
        assertThat(preview.constraints()).extracting(MovePreview.ConstraintChange::constraint)
                .contains("Two volunteers share a bed");
        edits.apply(campId, preview);
        var house = pages.house(campId, bed.houseId());
        var sleepers = house.stream().filter(b -> b.bedId() == bed.bedId()).findFirst().orElseThrow()
                .on(first.arrivesOn());
        assertThat(sleepers).extracting(BedNights.Sleeper::nickname)
                .containsExactlyInAnyOrder(first.nickname(), second.nickname());
        assertThat(sleepers).allMatch(BedNights.Sleeper::pinned);
    }

    private RosterStay lateArrival(long campId) {
        return pages.everyone(campId).stream().filter(s -> s.arrivesOn().isAfter(FIRST_DAY)).findFirst()
                .orElseThrow();
    }
}
