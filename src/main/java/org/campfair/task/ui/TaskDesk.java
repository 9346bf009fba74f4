package org.campfair.task.ui;

import java.util.List;
import org.campfair.camp.Camp;
import org.campfair.task.HostTaskService;
import org.campfair.task.Shift;
import org.campfair.task.Site;
import org.campfair.task.Task;
import org.campfair.task.TaskService;

/**
 * What the task and shift editors may do in one camp: everything for an organizer, only the
 * own village's work for a host (the host service checks every record, whatever the UI shows).
 */
interface TaskDesk {

    Camp camp();

    List<Site> sites();

    List<Task> tasks();

    Task saveTask(Task task);

    void deleteTask(Task task);

    List<Shift> shifts();

    Shift saveShift(Shift shift);

    void deleteShift(Shift shift);

    static TaskDesk organizer(Camp camp, TaskService service) {
        return new TaskDesk() {
            public Camp camp() { return camp; }
            public List<Site> sites() { return service.sites(camp.id()); }
            public List<Task> tasks() { return service.tasks(camp.id()); }
            public Task saveTask(Task task) { return service.saveTask(task); }
            public void deleteTask(Task task) { service.deleteTask(task); }
            public List<Shift> shifts() { return service.shifts(camp.id()); }
            public Shift saveShift(Shift shift) { return service.saveShift(shift); }
            public void deleteShift(Shift shift) { service.deleteShift(shift); }
        };
    }

    static TaskDesk host(Camp camp, HostTaskService service) {
        return new TaskDesk() {
            public Camp camp() { return camp; }
            public List<Site> sites() { return service.sites(); }
            public List<Task> tasks() { return service.tasks(camp.id()); }
            public Task saveTask(Task task) { return service.saveTask(task); }
            public void deleteTask(Task task) { service.deleteTask(task); }
            public List<Shift> shifts() { return service.shifts(camp.id()); }
            public Shift saveShift(Shift shift) { return service.saveShift(shift); }
            public void deleteShift(Shift shift) { service.deleteShift(shift); }
        };
    }
}
