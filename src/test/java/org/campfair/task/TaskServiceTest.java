package org.campfair.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.StaleRecordException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CampfairIntegrationTest
class TaskServiceTest {

    @Autowired
    TaskService tasks;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;

    long sampleCamp() {
        return importer.importCamp(CampFiles.classpath("sample-data"));
    }

    Task jamMaking(long campId) {
        return tasks.tasks(campId).stream().filter(t -> t.name().equals("Jam making")).findFirst().orElseThrow();
    }

    @Test
    void twoOrganizersSaveTheSameTaskAndTheSecondIsToldWithoutLosingTheFirst() {
        long campId = sampleCamp();
        var readByAiko = jamMaking(campId);
        var readByBen = jamMaking(campId);

        var aikos = tasks.saveTask(new Task(readByAiko.id(), campId, readByAiko.siteId(), readByAiko.name(),
                readByAiko.description(), readByAiko.requiredSkills(), readByAiko.intensity(), true,
                "Apron, hair cover, indoor shoes, name tag", readByAiko.version()));
        assertThat(aikos.version()).isEqualTo(readByAiko.version() + 1);

        assertThatThrownBy(() -> tasks.saveTask(new Task(readByBen.id(), campId, readByBen.siteId(), readByBen.name(),
                "Ben's description", readByBen.requiredSkills(), Intensity.HEAVY, readByBen.indoor(),
                readByBen.whatToBring(), readByBen.version())))
                .isInstanceOf(StaleRecordException.class);

        var stored = tasks.task(readByAiko.id());
        assertThat(stored.whatToBring()).isEqualTo("Apron, hair cover, indoor shoes, name tag");
        assertThat(stored.intensity()).isEqualTo(Intensity.LIGHT);
        assertThat(stored.description()).isEqualTo(readByAiko.description());
    }

    @Test
    void twoOrganizersSaveTheSameShiftAndTheSecondIsTold() {
        long campId = sampleCamp();
        var shift = tasks.shifts(campId).getFirst();
        tasks.saveShift(new Shift(shift.id(), shift.taskId(), shift.day(), shift.start(), shift.end(), 0, 9,
                shift.needsLead(), shift.version()));

        assertThatThrownBy(() -> tasks.saveShift(new Shift(shift.id(), shift.taskId(), shift.day(), shift.start(),
                shift.end(), 1, 2, shift.needsLead(), shift.version()))).isInstanceOf(StaleRecordException.class);
        assertThat(tasks.shift(shift.id()).maxHeadcount()).isEqualTo(9);
    }

    @Test
    void aShiftMustLieInsideTheCampEndAfterItStartsAndHaveSensibleHeadcounts() {
        long campId = sampleCamp();
        long taskId = jamMaking(campId).id();

        assertThatThrownBy(() -> tasks.saveShift(shift(taskId, LocalDate.of(2027, 11, 15), 9, 12, 1, 2)))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.error.dayOutsideCamp"));
        assertThatThrownBy(() -> tasks.saveShift(shift(taskId, LocalDate.of(2027, 11, 3), 12, 9, 1, 2)))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.error.endBeforeStart"));
        assertThatThrownBy(() -> tasks.saveShift(shift(taskId, LocalDate.of(2027, 11, 3), 9, 12, 3, 2)))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.error.headcount"));

        var saved = tasks.saveShift(shift(taskId, LocalDate.of(2027, 11, 14), 9, 12, 1, 2));
        assertThat(tasks.shifts(campId)).contains(saved);
    }

    @Test
    void villagesSitesAndTasksAreCreatedAndRefusedWhenStillInUse() {
        long campId = sampleCamp();
        var village = tasks.saveVillage(campId, new HostVillage(0, "Kitagawa " + campId, 0));
        var site = tasks.saveSite(campId, new Site(0, village.id(), "Rice terraces", "", 33.6, 134.1, 0));
        assertThatThrownBy(() -> tasks.saveSite(campId, new Site(0, village.id(), "Moon", "", 91, 0, 0)))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.error.coordinates"));
        var task = tasks.saveTask(new Task(0, campId, site.id(), "Rice drying", "", List.of("pruning", " "),
                Intensity.MODERATE, false, "Gloves", 0));
        assertThat(task.requiredSkills()).containsExactly("pruning");
        assertThatThrownBy(() -> tasks.saveTask(new Task(0, campId, site.id(), "Rice drying", "", List.of(),
                Intensity.LIGHT, false, "", 0)))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.error.taskNameTaken"));

        assertThatThrownBy(() -> tasks.deleteSite(campId, site)).isInstanceOf(RefusedChangeException.class);
        assertThatThrownBy(() -> tasks.removeVillage(campId, village)).isInstanceOf(RefusedChangeException.class);
        tasks.deleteTask(task);
        tasks.deleteSite(campId, tasks.sites(campId).stream().filter(s -> s.id() == site.id()).findFirst().orElseThrow());
        tasks.removeVillage(campId, village);
        assertThat(tasks.villages(campId)).extracting(HostVillage::name).containsExactly("Yuzuhara");
    }

    @Test
    void whatAPublishedRosterUsesCannotBeDeleted() {
        long campId = SolvedCamps.sampleCamp(importer, rosters);
        rosters.publish(campId);
        var task = jamMaking(campId);
        var shift = tasks.shifts(campId).stream().filter(s -> s.taskId() == task.id()).findFirst().orElseThrow();

        assertThatThrownBy(() -> tasks.deleteTask(task))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.error.taskPublished"));
        assertThatThrownBy(() -> tasks.deleteShift(shift))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.error.shiftPublished"));
        assertThat(tasks.shift(shift.id())).isEqualTo(shift);
    }

    static Shift shift(long taskId, LocalDate day, int from, int to, int min, int max) {
        return new Shift(0, taskId, day, LocalTime.of(from, 0), LocalTime.of(to, 0), min, max, false, 0);
    }
}
