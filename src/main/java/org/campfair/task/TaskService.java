package org.campfair.task;

import static org.campfair.shared.RefusedChangeException.requireText;

import java.util.List;
import org.campfair.camp.CampService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.Saving;
import org.campfair.shared.security.CampAccess;
import org.campfair.task.internal.TaskRepository;
import org.campfair.task.internal.VillageRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizer's set-up of a camp's work: host villages, their sites, tasks and shifts.
 * Every save names the version it read ({@code StaleRecordException} when someone saved
 * first); a rule the form should have caught, or a delete a published roster forbids, is a
 * {@link RefusedChangeException} with a message key.
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

    private final CampService camps;
    private final VillageRepository villages;
    private final TaskRepository tasks;
    private final CampAccess access;

    TaskService(CampService camps, VillageRepository villages, TaskRepository tasks, CampAccess access) {
        this.camps = camps;
        this.villages = villages;
        this.tasks = tasks;
        this.access = access;
    }

    public List<HostVillage> villages(long campId) {
        access.requireOrganizer(campId);
        return villages.villagesOf(campId);
    }

    /**
     * Adds a village to the camp, or renames one. A new name that one of the organizer's own
     * villages already has links that village: it is the same place, with its sites. Another
     * organizer's village of the same name is never found; a new one is made instead.
     */
    @Transactional
    public HostVillage saveVillage(long campId, HostVillage village) {
        camps.getOrganized(campId);
        String name = requireText(village.name(), "task.error.villageNameRequired");
        var hereAlready = villages.villagesOf(campId).stream()
                .anyMatch(other -> other.name().equals(name) && other.id() != village.id());
        if (hereAlready) {
            throw new RefusedChangeException("task.error.villageNameTaken", name);
        }
        if (village.id() == 0) {
            var owner = access.villageOwnerScope();
            long id = villages.villageNamed(name, owner).map(HostVillage::id).orElseGet(() -> {
                long created = villages.insertVillage(name);
                owner.ifPresent(username -> villages.own(created, username));
                return created;
            });
            villages.link(campId, id);
            return villages.village(id).orElseThrow();
        }
        ownVillage(campId, village.id());
        // Renaming changes the village in every camp it hosts: only its owners may.
        access.requireVillageOwner(village.id());
        villages.renameVillage(new HostVillage(village.id(), name, village.version()));
        return villages.village(village.id()).orElseThrow();
    }

    /** Takes a village out of this camp (it stays for other camps and its host accounts). */
    @Transactional
    public void removeVillage(long campId, HostVillage village) {
        access.requireOrganizer(campId);
        ownVillage(campId, village.id());
        int used = villages.tasksInVillage(campId, village.id());
        if (used > 0) {
            throw new RefusedChangeException("task.error.villageInUse", village.name(), used);
        }
        villages.unlink(campId, village.id());
    }

    public List<Site> sites(long campId) {
        access.requireOrganizer(campId);
        return villages.sitesOfCamp(campId);
    }

    @Transactional
    public Site saveSite(long campId, Site site) {
        access.requireOrganizer(campId);
        ownVillage(campId, site.villageId());
        if (site.id() != 0) {
            var stored = villages.site(site.id()).orElseThrow(() -> new NotFoundException("Site", site.id()));
            ownVillage(campId, stored.villageId());
        }
        String name = requireText(site.name(), "task.error.siteNameRequired");
        if (!Site.validLatitude(site.latitude()) || !Site.validLongitude(site.longitude())) {
            throw new RefusedChangeException("task.error.coordinates");
        }
        if (villages.siteNameTaken(site.villageId(), name, site.id())) {
            throw new RefusedChangeException("task.error.siteNameTaken", name);
        }
        var clean = new Site(site.id(), site.villageId(), name, site.address().strip(), site.latitude(),
                site.longitude(), site.version());
        long id = Saving.insertOrUpdate(clean, Site::id, villages::insertSite, villages::updateSite);
        return villages.site(id).orElseThrow();
    }

    @Transactional
    public void deleteSite(long campId, Site site) {
        access.requireOrganizer(campId);
        var stored = villages.site(site.id()).orElseThrow(() -> new NotFoundException("Site", site.id()));
        ownVillage(campId, stored.villageId());
        int used = villages.tasksAt(site.id());
        if (used > 0) {
            throw new RefusedChangeException("task.error.siteInUse", site.name(), used);
        }
        villages.deleteSite(site);
    }

    public List<Task> tasks(long campId) {
        access.requireOrganizer(campId);
        return tasks.tasksOf(campId);
    }

    public Task task(long taskId) {
        var task = storedTask(taskId);
        access.requireOrganizer(task.campId());
        return task;
    }

    @Transactional
    public Task saveTask(Task task) {
        access.requireOrganizer(task.campId());
        if (task.id() != 0) {
            access.requireOrganizer(storedTask(task.id()).campId());
        }
        return storeTask(task);
    }

    /** Saves a task for a caller that has checked who may: an organizer, or the site's host. */
    Task storeTask(Task task) {
        var site = villages.site(task.siteId()).orElseThrow(() -> new RefusedChangeException("task.error.siteRequired"));
        ownVillage(task.campId(), site.villageId());
        if (task.id() != 0 && storedTask(task.id()).campId() != task.campId()) {
            throw new NotFoundException("Task", task.id());
        }
        String name = requireText(task.name(), "task.error.taskNameRequired");
        if (tasks.taskNameTaken(task.campId(), name, task.id())) {
            throw new RefusedChangeException("task.error.taskNameTaken", name);
        }
        var clean = new Task(task.id(), task.campId(), task.siteId(), name, task.description().strip(),
                task.requiredSkills().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().sorted()
                        .toList(),
                task.intensity(), task.indoor(), task.whatToBring().strip(), task.version());
        long id = Saving.insertOrUpdate(clean, Task::id, tasks::insertTask, tasks::updateTask);
        return storedTask(id);
    }

    /** Deletes a task and its shifts, unless a published roster has put people on them. */
    @Transactional
    public void deleteTask(Task task) {
        access.requireOrganizer(storedTask(task.id()).campId());
        removeTask(task);
    }

    void removeTask(Task task) {
        if (tasks.taskIsPublished(task.id())) {
            throw new RefusedChangeException("task.error.taskPublished", task.name());
        }
        tasks.deleteTask(task);
    }

    public List<Shift> shifts(long campId) {
        access.requireOrganizer(campId);
        return tasks.shiftsOf(campId);
    }

    public Shift shift(long shiftId) {
        var shift = storedShift(shiftId);
        access.requireOrganizer(storedTask(shift.taskId()).campId());
        return shift;
    }

    @Transactional
    public Shift saveShift(Shift shift) {
        access.requireOrganizer(storedTask(shift.taskId()).campId());
        if (shift.id() != 0) {
            access.requireOrganizer(storedTask(storedShift(shift.id()).taskId()).campId());
        }
        return storeShift(shift);
    }

    /** Saves a shift for a caller that has checked who may: an organizer, or the site's host. */
    Shift storeShift(Shift shift) {
        var camp = camps.get(storedTask(shift.taskId()).campId());
        if (shift.id() != 0 && storedTask(storedShift(shift.id()).taskId()).campId() != camp.id()) {
            throw new NotFoundException("Shift", shift.id());
        }
        if (!shift.end().isAfter(shift.start())) {
            throw new RefusedChangeException("task.error.endBeforeStart");
        }
        if (!camp.includes(shift.day())) {
            throw new RefusedChangeException("task.error.dayOutsideCamp", camp.startsOn(), camp.endsOn());
        }
        if (shift.minHeadcount() < 0 || shift.maxHeadcount() < 1 || shift.minHeadcount() > shift.maxHeadcount()) {
            throw new RefusedChangeException("task.error.headcount");
        }
        long id = Saving.insertOrUpdate(shift, Shift::id, tasks::insertShift, tasks::updateShift);
        return storedShift(id);
    }

    /** Deletes a shift, unless a published roster has put people on it. */
    @Transactional
    public void deleteShift(Shift shift) {
        access.requireOrganizer(storedTask(storedShift(shift.id()).taskId()).campId());
        removeShift(shift);
    }

    void removeShift(Shift shift) {
        if (tasks.shiftIsPublished(shift.id())) {
            throw new RefusedChangeException("task.error.shiftPublished");
        }
        tasks.deleteShift(shift);
    }

    private Task storedTask(long taskId) {
        return tasks.task(taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    private Shift storedShift(long shiftId) {
        return tasks.shift(shiftId).orElseThrow(() -> new NotFoundException("Shift", shiftId));
    }

    private void ownVillage(long campId, long villageId) {
        if (!villages.hosts(campId, villageId)) {
            throw new NotFoundException("Village", villageId);
        }
    }
}
