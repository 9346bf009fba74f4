package org.campfair.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A solve whose instance went silent is shown as interrupted and resuming, not as solving with
 * a score that no longer moves: as soon as its runner missed two heartbeats, long before the
 * queue gives up on that runner and another instance takes the solve over.
 */
@CampfairIntegrationTest
class SolveInterruptedTest {

    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSolveWhoseRunnerWentSilentIsInterruptedNotSolving() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        Instant started = Instant.now().minusSeconds(40);
        long jobId = jdbc.sql("""
                insert into solve_job (camp_id, requested_at, attempts, runner, started_at, checkpoint_at, checkpoint_score)
                values (?, ?, 1, 'gone-host#1', ?, ?, '0hard/-3medium/-900soft') returning id""")
                .params(campId, Timestamp.from(started), Timestamp.from(started), Timestamp.from(started.plusSeconds(10)))
                .query(Long.class).single();
        jdbc.sql("""
                insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by, last_heartbeat, version)
                values ('solve-roster', ?, ?, true, 'gone-host#1', ?, 1)""")
                .params(String.valueOf(campId), Timestamp.from(started), Timestamp.from(Instant.now().minusSeconds(25)))
                .update();
        try {
            assertThat(rosters.status(campId).state()).isEqualTo(SolveState.INTERRUPTED);
            assertThat(rosters.status(campId).score()).isEqualTo("0hard/-3medium/-900soft");

            // A heartbeat just now: the runner is alive and solving.
            jdbc.sql("update scheduled_tasks set last_heartbeat = now() where task_instance = ?")
                    .param(String.valueOf(campId)).update();
            assertThat(rosters.status(campId).state()).isEqualTo(SolveState.SOLVING);
        } finally {
            jdbc.sql("delete from scheduled_tasks where task_instance = ?").param(String.valueOf(campId)).update();
            jdbc.sql("delete from solve_job where id = ?").param(jobId).update();
        }
    }
}
