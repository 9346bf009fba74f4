package org.campfair.task;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.campfair.camp.Camp;
import org.campfair.camp.CampService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.security.AccountService;
import org.campfair.task.internal.TaskRepository;
import org.campfair.task.internal.VillageRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in host may do: read and edit the tasks and shifts of their own village, and
 * see who is coming by nickname. The village is always the one linked to the signed-in
 * account ({@code app_user.village_id}), never one the caller names, and every record is
 * checked to belong to it: another village's task or shift is reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class HostTaskService {

    private final AccountService accounts;
    private final CampService camps;
    private final TaskService tasks;
    private final VillageService shiftsWithNicknames;
    private final VillageRepository villages;
    private final TaskRepository taskRows;
    private final Clock clock;

    HostTaskService(AccountService accounts, CampService camps, TaskService tasks, VillageService shiftsWithNicknames,
            VillageRepository villages, TaskRepository taskRows, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.camps = camps;
        this.tasks = tasks;
        this.shiftsWithNicknames = shiftsWithNicknames;
        this.villages = villages;
        this.taskRows = taskRows;
    }

    /** The signed-in host's village; {@code AccessDeniedException} for an account without one. */
    public HostVillage village() {
        return villages.village(villageId()).orElseThrow(() -> new AccessDeniedException("No host village"));
    }

    /** The camps the village hosts, newest first, drafts included (the host's editing rights). */
    public List<Camp> camps() {
        return villages.campsOf(villageId()).stream().map(camps::get).toList();
    }

    /** The published camps the village hosts, the running or next one first (see {@link HostedCamps}). */
    public List<Camp> publishedCamps() {
        return HostedCamps.publishedInOrder(camps(), clock);
    }

    public Camp camp(long campId) {
        ownCamp(campId);
        return camps.get(campId);
    }

    public List<Site> sites() {
        return villages.sitesOfVillage(villageId());
    }

    public List<Task> tasks(long campId) {
        ownCamp(campId);
        var mine = siteIds();
        return taskRows.tasksOf(campId).stream().filter(task -> mine.contains(task.siteId())).toList();
    }

    @Transactional
    public Task saveTask(Task task) {
        ownCamp(task.campId());
        ownSite(task.siteId());
        if (task.id() != 0) {
            ownTask(task.id());
        }
        return tasks.storeTask(task);
    }

    @Transactional
    public void deleteTask(Task task) {
        ownTask(task.id());
        tasks.removeTask(task);
    }

    public List<Shift> shifts(long campId) {
        var mine = tasks(campId).stream().map(Task::id).collect(Collectors.toSet());
        return taskRows.shiftsOf(campId).stream().filter(shift -> mine.contains(shift.taskId())).toList();
    }

    @Transactional
    public Shift saveShift(Shift shift) {
        ownTask(shift.taskId());
        if (shift.id() != 0) {
            ownShift(shift.id());
        }
        return tasks.storeShift(shift);
    }

    @Transactional
    public void deleteShift(Shift shift) {
        ownShift(shift.id());
        tasks.removeShift(shift);
    }

    /** The village's shifts in the camp with the nicknames of the latest published roster. */
    public List<VillageShift> shiftsWithNicknames(long campId) {
        ownCamp(campId);
        return shiftsWithNicknames.shiftsOf(villageId(), campId);
    }

    private long villageId() {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated()) {
            throw new AccessDeniedException("Not signed in");
        }
        return accounts.villageOf(signedIn.getName()).orElseThrow(() -> new AccessDeniedException("No host village"));
    }

    private Set<Long> siteIds() {
        return sites().stream().map(Site::id).collect(Collectors.toSet());
    }

    private void ownCamp(long campId) {
        if (!villages.hosts(campId, villageId())) {
            throw new NotFoundException("Camp", campId);
        }
    }

    private void ownSite(long siteId) {
        if (!siteIds().contains(siteId)) {
            throw new NotFoundException("Site", siteId);
        }
    }

    private void ownTask(long taskId) {
        var task = taskRows.task(taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
        ownCamp(task.campId());
        ownSite(task.siteId());
    }

    private void ownShift(long shiftId) {
        var shift = taskRows.shift(shiftId).orElseThrow(() -> new NotFoundException("Shift", shiftId));
        ownTask(shift.taskId());
    }
}
