package org.campfair.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampDraft;
import org.campfair.camp.CampService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The demo "host" account belongs to Yuzuhara, the sample camp's village. */
@CampfairIntegrationTest
class HostTaskServiceTest {

    @Autowired
    HostTaskService host;
    @Autowired
    TaskService organizer;
    @Autowired
    CampImportService importer;
    @Autowired
    CampService camps;

    /** A sample camp that also hosts a second village with one task and one shift. */
    record TwoVillages(long campId, Task otherTask, Shift otherShift) {
    }

    TwoVillages twoVillages() {
        return SignIn.asTheApp(this::makeTwoVillages);
    }

    private TwoVillages makeTwoVillages() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        var other = organizer.saveVillage(campId, new HostVillage(0, "Kitagawa " + campId, 0));
        var site = organizer.saveSite(campId, new Site(0, other.id(), "Tea field", "", 33.7, 134.2, 0));
        var task = organizer.saveTask(new Task(0, campId, site.id(), "Tea picking", "", List.of(), Intensity.LIGHT,
                false, "", 0));
        var shift = organizer.saveShift(TaskServiceTest.shift(task.id(), LocalDate.of(2027, 11, 3), 9, 12, 1, 3));
        return new TwoVillages(campId, task, shift);
    }

    @Test
    @WithUserDetails("host")
    void aHostSeesAndEditsOnlyTheirOwnVillage() {
        var camp = twoVillages();

        assertThat(host.village().name()).isEqualTo("Yuzuhara");
        assertThat(host.camps()).extracting(c -> c.id()).contains(camp.campId());
        assertThat(host.tasks(camp.campId())).hasSize(8).noneMatch(t -> t.name().equals("Tea picking"));
        assertThat(host.shifts(camp.campId())).hasSize(171).noneMatch(s -> s.id() == camp.otherShift().id());
        assertThat(host.sites()).noneMatch(s -> s.name().equals("Tea field"));

        var jam = host.tasks(camp.campId()).stream().filter(t -> t.name().equals("Jam making")).findFirst().orElseThrow();
        var edited = host.saveTask(new Task(jam.id(), jam.campId(), jam.siteId(), jam.name(), jam.description(),
                List.of("food_hygiene", "cooking"), jam.intensity(), jam.indoor(), "Apron", jam.version()));
        assertThat(edited.requiredSkills()).containsExactly("cooking", "food_hygiene");
        var added = host.saveShift(TaskServiceTest.shift(jam.id(), LocalDate.of(2027, 11, 7), 13, 16, 2, 4));
        assertThat(host.shifts(camp.campId())).contains(added);
        host.deleteShift(added);
    }

    @Test
    @WithUserDetails("host")
    void aHostCannotReadOrChangeAnotherVillagesWork() {
        var camp = twoVillages();
        var other = camp.otherTask();
        var otherShift = camp.otherShift();
        var mySite = host.sites().getFirst();

        assertThatThrownBy(() -> host.saveTask(new Task(other.id(), other.campId(), other.siteId(), "Renamed", "",
                List.of(), Intensity.HEAVY, false, "", other.version()))).isInstanceOf(NotFoundException.class);
        // Moving another village's task onto one's own site is no way in either.
        assertThatThrownBy(() -> host.saveTask(new Task(other.id(), other.campId(), mySite.id(), "Mine now", "",
                List.of(), Intensity.HEAVY, false, "", other.version()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> host.saveTask(new Task(0, other.campId(), other.siteId(), "New on their site", "",
                List.of(), Intensity.LIGHT, false, "", 0))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> host.deleteTask(other)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> host.saveShift(new Shift(otherShift.id(), otherShift.taskId(), otherShift.day(),
                otherShift.start(), otherShift.end(), 5, 9, true, otherShift.version())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> host.saveShift(TaskServiceTest.shift(other.id(), LocalDate.of(2027, 11, 4), 9, 12, 1,
                2))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> host.deleteShift(otherShift)).isInstanceOf(NotFoundException.class);

        assertThat(SignIn.asTheApp(() -> organizer.task(other.id()))).isEqualTo(other);
        assertThat(SignIn.asTheApp(() -> organizer.shift(otherShift.id()))).isEqualTo(otherShift);
    }

    @Test
    @WithUserDetails("host")
    void aHostCannotOpenACampTheirVillageDoesNotHost() {
        long campId = SignIn.asTheApp(() -> {
            long id = camps.create(new CampDraft("Kitagawa spring " + System.nanoTime(), LocalDate.of(2028, 4, 3),
                    LocalDate.of(2028, 4, 9), ZoneId.of("Asia/Tokyo"), "ja")).id();
            organizer.saveVillage(id, new HostVillage(0, "Kitagawa spring village " + id, 0));
            return id;
        });

        assertThat(host.camps()).noneMatch(c -> c.id() == campId);
        assertThatThrownBy(() -> host.tasks(campId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> host.shiftsWithNicknames(campId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> host.camp(campId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithMockUser(username = "someone", roles = "HOST")
    void anAccountWithoutAVillageIsRefused() {
        assertThatThrownBy(() -> host.village()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> host.camps()).isInstanceOf(AccessDeniedException.class);
    }
}
