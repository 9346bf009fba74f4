package org.campfair.task.internal;

import static org.campfair.shared.StaleRecordException.requireChanged;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.campfair.shared.VersionedTable;
import org.campfair.task.Intensity;
import org.campfair.task.Shift;
import org.campfair.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A camp's tasks and their shifts. */
@Repository
public class TaskRepository {

    private static final VersionedTable TASKS = new VersionedTable("task", "Task");
    private static final VersionedTable SHIFTS = new VersionedTable("shift", "Shift");
    private static final String TASK_COLUMNS = "t.id, t.camp_id, t.site_id, t.name, t.description, t.required_skills, "
            + "t.intensity, t.indoor, t.what_to_bring, t.version";
    private static final String SHIFT_COLUMNS = "s.id, s.task_id, s.day, s.start_time, s.end_time, s.min_headcount, "
            + "s.max_headcount, s.needs_lead, s.version";

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Task> tasksOf(long campId) {
        return jdbc.sql("select " + TASK_COLUMNS + " from task t where t.camp_id = ? order by t.name")
                .param(campId).query(TaskRepository::task).list();
    }

    public Optional<Task> task(long id) {
        return jdbc.sql("select " + TASK_COLUMNS + " from task t where t.id = ?").param(id)
                .query(TaskRepository::task).optional();
    }

    public long insertTask(Task task) {
        return jdbc.sql("""
                insert into task (camp_id, site_id, name, description, required_skills, intensity, indoor, what_to_bring)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(task.campId(), task.siteId(), task.name(), task.description(),
                        task.requiredSkills().toArray(String[]::new), task.intensity().name(), task.indoor(),
                        task.whatToBring())
                .query(Long.class).single();
    }

    public void updateTask(Task task) {
        int rows = jdbc.sql("""
                update task set site_id = ?, name = ?, description = ?, required_skills = ?, intensity = ?,
                    indoor = ?, what_to_bring = ?, version = version + 1
                where id = ? and version = ?""")
                .params(task.siteId(), task.name(), task.description(), task.requiredSkills().toArray(String[]::new),
                        task.intensity().name(), task.indoor(), task.whatToBring(), task.id(), task.version())
                .update();
        requireChanged(rows, "Task", task.id());
    }

    public void deleteTask(Task task) {
        TASKS.delete(jdbc, task.id(), task.version());
    }

    public boolean taskNameTaken(long campId, String name, long exceptId) {
        return TASKS.nameTaken(jdbc, "camp_id", campId, "name", name, exceptId);
    }

    public List<Shift> shiftsOf(long campId) {
        return jdbc.sql("select " + SHIFT_COLUMNS + " " + """
                 from shift s join task t on t.id = s.task_id
                where t.camp_id = ? order by s.day, s.start_time, t.name""")
                .param(campId).query(TaskRepository::shift).list();
    }

    public Optional<Shift> shift(long id) {
        return jdbc.sql("select " + SHIFT_COLUMNS + " from shift s where s.id = ?").param(id)
                .query(TaskRepository::shift).optional();
    }

    public long insertShift(Shift shift) {
        return jdbc.sql("""
                insert into shift (task_id, day, start_time, end_time, min_headcount, max_headcount, needs_lead)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(shift.taskId(), shift.day(), shift.start(), shift.end(), shift.minHeadcount(),
                        shift.maxHeadcount(), shift.needsLead())
                .query(Long.class).single();
    }

    public void updateShift(Shift shift) {
        int rows = jdbc.sql("""
                update shift set task_id = ?, day = ?, start_time = ?, end_time = ?, min_headcount = ?,
                    max_headcount = ?, needs_lead = ?, version = version + 1
                where id = ? and version = ?""")
                .params(shift.taskId(), shift.day(), shift.start(), shift.end(), shift.minHeadcount(),
                        shift.maxHeadcount(), shift.needsLead(), shift.id(), shift.version())
                .update();
        requireChanged(rows, "Shift", shift.id());
    }

    public void deleteShift(Shift shift) {
        SHIFTS.delete(jdbc, shift.id(), shift.version());
    }

    /** Whether any published roster (current or earlier) has someone on one of the task's shifts. */
    public boolean taskIsPublished(long taskId) {
        return jdbc.sql("""
                select exists (select 1 from published_seat ps join shift s on s.id = ps.shift_id
                               where s.task_id = ?)""").param(taskId).query(Boolean.class).single();
    }

    public boolean shiftIsPublished(long shiftId) {
        return jdbc.sql("select exists (select 1 from published_seat where shift_id = ?)").param(shiftId)
                .query(Boolean.class).single();
    }

    private static Task task(ResultSet rs, int row) throws SQLException {
        return new Task(rs.getLong("id"), rs.getLong("camp_id"), rs.getLong("site_id"), rs.getString("name"),
                rs.getString("description"), Arrays.asList((String[]) rs.getArray("required_skills").getArray()),
                Intensity.valueOf(rs.getString("intensity")), rs.getBoolean("indoor"), rs.getString("what_to_bring"),
                rs.getInt("version"));
    }

    private static Shift shift(ResultSet rs, int row) throws SQLException {
        return new Shift(rs.getLong("id"), rs.getLong("task_id"), rs.getObject("day", LocalDate.class),
                rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                rs.getInt("min_headcount"), rs.getInt("max_headcount"), rs.getBoolean("needs_lead"),
                rs.getInt("version"));
    }
}
