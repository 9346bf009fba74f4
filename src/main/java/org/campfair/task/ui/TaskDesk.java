package org.campfair.task.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
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
        return new OfCamp(camp, () -> service.sites(camp.id()), service::tasks, service::saveTask,
                service::deleteTask, service::shifts, service::saveShift, service::deleteShift);
    }

    static TaskDesk host(Camp camp, HostTaskService service) {
        return new OfCamp(camp, service::sites, service::tasks, service::saveTask, service::deleteTask,
                service::shifts, service::saveShift, service::deleteShift);
    }

    /** A desk of one camp from the service calls behind it; the lists are always the camp's. */
    record OfCamp(Camp camp, Supplier<List<Site>> siteList, LongFunction<List<Task>> taskList,
            UnaryOperator<Task> taskSaver, Consumer<Task> taskDeleter, LongFunction<List<Shift>> shiftList,
            UnaryOperator<Shift> shiftSaver, Consumer<Shift> shiftDeleter) implements TaskDesk {

        public List<Site> sites() {
            return siteList.get();
        }

        public List<Task> tasks() {
            return taskList.apply(camp.id());
        }

        public Task saveTask(Task task) {
            return taskSaver.apply(task);
        }

        public void deleteTask(Task task) {
            taskDeleter.accept(task);
        }

        public List<Shift> shifts() {
            return shiftList.apply(camp.id());
        }

        public Shift saveShift(Shift shift) {
            return shiftSaver.apply(shift);
        }

        public void deleteShift(Shift shift) {
            shiftDeleter.accept(shift);
        }
    }
}
