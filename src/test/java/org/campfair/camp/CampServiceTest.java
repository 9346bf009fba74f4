package org.campfair.camp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.campfair.CampfairIntegrationTest;
import org.campfair.housing.HousingService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.StaleRecordException;
import org.campfair.task.Shift;
import org.campfair.task.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CampfairIntegrationTest
class CampServiceTest {

    @Autowired
    CampService camps;
    @Autowired
    CampImportService importer;
    @Autowired
    TaskService tasks;
    @Autowired
    HousingService housing;
    @Autowired
    ParticipantService participants;

    @Test
    void renamingWithAStaleVersionIsAConflict() {
        var camp = camps.get(importer.importCamp(CampFiles.classpath("sample-data")));
        var renamed = camps.update(camp.withName("Yuzuhara 2028"));
        assertThat(renamed.version()).isEqualTo(camp.version() + 1);

        assertThatThrownBy(() -> camps.update(camp.withName("Lost update")))
                .isInstanceOf(StaleRecordException.class);
        assertThat(camps.get(camp.id()).name()).isEqualTo("Yuzuhara 2028");
    }

    @Test
    void anUnknownCampIsNotFound() {
        assertThatThrownBy(() -> camps.get(987_654)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNewCampIsEmptyAndItsDatesMustBeInOrder() {
        var camp = camps.create(draft("Spring clearing 2028", LocalDate.of(2028, 4, 3), LocalDate.of(2028, 4, 9)));
        assertThat(camp.status()).isEqualTo(CampStatus.DRAFT);
        assertThat(camp.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(tasks.villages(camp.id())).isEmpty();
        assertThat(housing.houses(camp.id())).isEmpty();

        assertThatThrownBy(() -> camps.create(draft("Backwards", LocalDate.of(2028, 4, 9), LocalDate.of(2028, 4, 3))))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("camp.error.endBeforeStart"));
        assertThatThrownBy(() -> camps.update(camp.withSettings(camp.name(), camp.startsOn(), camp.endsOn(),
                camp.timeZone(), "fr"))).isInstanceOf(RefusedChangeException.class);
    }

    @Test
    void copyingLastYearsCampMovesTheWorkPlanToTheNewDatesAndLeavesPeopleBehind() {
        long lastYear = importer.importCamp(CampFiles.classpath("sample-data"));
        // 2028-10-30 is a Monday, 364 days after 2027-11-01: the same weekdays, two weeks.
        var camp = camps.copy(lastYear, draft("Copied camp 2028", LocalDate.of(2028, 10, 30), LocalDate.of(2028, 11, 12)));

        assertThat(tasks.villages(camp.id())).extracting(v -> v.name()).containsExactly("Yuzuhara");
        // Sites belong to the village, so the new camp finds the same ones.
        assertThat(tasks.sites(camp.id())).isEqualTo(tasks.sites(lastYear)).hasSizeGreaterThanOrEqualTo(6);
        assertThat(tasks.tasks(camp.id())).hasSize(8);
        var oldShifts = tasks.shifts(lastYear);
        var newShifts = tasks.shifts(camp.id());
        assertThat(newShifts).hasSize(171);
        assertThat(newShifts.stream().map(Shift::day).min(LocalDate::compareTo)).contains(LocalDate.of(2028, 10, 30));
        assertThat(newShifts.stream().mapToInt(Shift::minHeadcount).sum())
                .isEqualTo(oldShifts.stream().mapToInt(Shift::minHeadcount).sum()).isEqualTo(414);
        assertThat(housing.houses(camp.id())).hasSize(6);
        assertThat(housing.rooms(camp.id())).hasSize(19);
        assertThat(housing.beds(camp.id())).hasSize(49);
        assertThat(participants.listByCamp(camp.id())).isEmpty();
        assertThat(tasks.shifts(lastYear)).isEqualTo(oldShifts);
    }

    @Test
    void aShorterCopyLeavesOutTheShiftsAfterItsLastDay() {
        long lastYear = importer.importCamp(CampFiles.classpath("sample-data"));
        var camp = camps.copy(lastYear, draft("Copied week 2028", LocalDate.of(2028, 10, 30), LocalDate.of(2028, 11, 5)));

        // The first week of the sample: 7 on Monday, 14 a day Tuesday to Saturday plus the
        // clearing shifts on Wednesday and Friday, 3 on Sunday.
        assertThat(tasks.shifts(camp.id())).hasSize(7 + 5 * 14 + 2 + 3)
                .allMatch(shift -> camp.includes(shift.day()));
    }

    static CampDraft draft(String name, LocalDate from, LocalDate to) {
        return new CampDraft(name, from, to, ZoneId.of("Asia/Tokyo"), "ja");
    }
}
