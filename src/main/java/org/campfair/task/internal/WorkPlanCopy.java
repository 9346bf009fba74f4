package org.campfair.task.internal;

import org.campfair.camp.CampCopied;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Copies a camp's villages, tasks and shifts into a camp started from it, inside the same
 * transaction. Villages and their sites are shared between years, so the new camp is linked
 * to the same villages; tasks are copied, shifts moved by the day offset, and a shift that
 * would fall after the new camp's last day is left out.
 */
@Component
class WorkPlanCopy {

    private final JdbcClient jdbc;

    WorkPlanCopy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void copy(CampCopied copied) {
        jdbc.sql("""
                insert into camp_host_village (camp_id, village_id)
                select ?, village_id from camp_host_village where camp_id = ?""")
                .params(copied.newCampId(), copied.templateCampId()).update();
        jdbc.sql("""
                insert into task (camp_id, site_id, name, description, required_skills, intensity, indoor, what_to_bring)
                select ?, site_id, name, description, required_skills, intensity, indoor, what_to_bring
                from task where camp_id = ?""")
                .params(copied.newCampId(), copied.templateCampId()).update();
        jdbc.sql("""
                insert into shift (task_id, day, start_time, end_time, min_headcount, max_headcount, needs_lead)
                select nt.id, s.day + ?::integer, s.start_time, s.end_time, s.min_headcount, s.max_headcount,
                    s.needs_lead
                from shift s
                join task ot on ot.id = s.task_id and ot.camp_id = ?
                join task nt on nt.camp_id = ? and nt.name = ot.name
                join camp c on c.id = nt.camp_id
                where s.day + ?::integer between c.starts_on and c.ends_on""")
                .params(copied.dayOffset(), copied.templateCampId(), copied.newCampId(), copied.dayOffset())
                .update();
    }
}
