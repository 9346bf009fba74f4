package org.campfair.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.campfair.AppProcess;
import org.campfair.shared.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/**
 * Two application instances as separate processes on one PostgreSQL, solving several camps
 * through the API. A solve running on one instance is stopped through the other; then one
 * instance is killed with SIGKILL in the middle of a solve: the other
 * must notice the dead execution, resume the job from its last saved roster, and every job
 * must finish exactly once with its roster saved. Prints the jobs started, killed and
 * finished; asserts nothing about time beyond generous waiting limits.
 */
class SeveralInstancesTest {

    private static final int CAMPS = 4;
    private static final Duration WAIT = Duration.ofSeconds(240);

    private final List<AppProcess> instances = new ArrayList<>();

    @Test
    void killingAnInstanceMidSolveLosesNoJob() throws Exception {
        Instant began = Instant.now();
        var database = new EmbeddedDatabase(null);
        Path logs = Files.createDirectories(Path.of("target", "several-instances"));
        try {
            AppProcess a = launch("A", database, logs, true);
            AppProcess b = launch("B", database, logs, false);
            await("both instances up with " + CAMPS + " camps", () -> a.ready() && b.ready()
                    && count(database, "select count(*) from camp") == CAMPS);
            Instant upAt = Instant.now();

            // Two long solves first, one per instance (each runs one solve at a time), then two short
            // ones that wait in the queue for whichever instance is free.
            var campIds = ids(database, "select id from camp order by id");
            for (int i = 0; i < campIds.size(); i++) {
                AppProcess instance = i % 2 == 0 ? a : b;
                int seconds = i < 2 ? 30 : 5;
                var answer = instance.post("/api/camps/" + campIds.get(i) + "/solve?timeLimitSeconds=" + seconds
                        + "&unimprovedSeconds=" + seconds, "organizer");
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
                if (i == 1) {
                    await("a solve running on each instance with a roster saved so far", () -> count(database, """
                            select count(distinct runner) from solve_job
                            where finished_at is null and checkpoint_at is not null""") == 2);
                }
            }
            // A second request for a camp already queued is refused, whichever instance gets it.
            assertThat(b.post("/api/camps/" + campIds.get(0) + "/solve", "organizer").statusCode()).isEqualTo(409);

            // Stop reaches the instance that runs the solve, whichever instance is asked.
            long stoppedJob = ids(database, "select id from solve_job where runner = 'B' and finished_at is null").get(0);
            var stop = a.delete("/api/camps/" + campIdOf(database, stoppedJob) + "/solve", "organizer");
            assertThat(stop.statusCode()).as(stop.body()).isEqualTo(200);
            await("the solve on B stopped through A", () -> count(database,
                    "select count(*) from solve_job where outcome = 'stopped' and id = " + stoppedJob) == 1);

            var killed = ids(database, "select id from solve_job where runner = 'A' and finished_at is null");
            instances.removeFirst();
            a.kill();
            Instant killedAt = Instant.now();

            await("every job finished", () -> count(database,
                    "select count(*) from solve_job where finished_at is null") == 0);
            Instant doneAt = Instant.now();

            Map<String, Long> events = new TreeMap<>();
            query(database, "select kind, count(*) from solve_job_event group by kind",
                    rs -> events.put(rs.getString(1), rs.getLong(2)));
            long jobs = count(database, "select count(*) from solve_job");
            long finishedOnce = count(database, """
                    select count(*) from solve_job j where (select count(*) from solve_job_event e
                        where e.job_id = j.id and e.kind in ('finished', 'stopped')) = 1""");
            long saved = count(database, """
                    select count(*) from camp c where exists (select 1 from roster_result r where r.camp_id = c.id)
                    and exists (select 1 from seat_assignment a join shift s on s.id = a.shift_id
                                join task t on t.id = s.task_id where t.camp_id = c.id)""");
            long resumedKilled = count(database, "select count(*) from solve_job where attempts > 1 and id in ("
                    + String.join(",", killed.stream().map(String::valueOf).toList()) + ")");
            var status = b.get("/api/camps/" + campIdOf(database, killed.get(0)) + "/solve", "organizer");

            System.out.printf("SEVERAL-INSTANCES camps=%d jobs=%d started=%d resumed=%d killed=%d finished=%d "
                    + "stopped=%d ended_exactly_once=%d rosters_saved=%d startup_s=%d kill_to_all_done_s=%d total_s=%d%n",
                    CAMPS, jobs, events.getOrDefault("started", 0L), events.getOrDefault("resumed", 0L),
                    killed.size(), events.getOrDefault("finished", 0L), events.getOrDefault("stopped", 0L),
                    finishedOnce, saved,
                    Duration.between(began, upAt).toSeconds(), Duration.between(killedAt, doneAt).toSeconds(),
                    Duration.between(began, doneAt).toSeconds());
            System.out.println("SEVERAL-INSTANCES status of a resumed camp: " + status.body());

            assertThat(jobs).isEqualTo(CAMPS);
            assertThat(killed).isNotEmpty();
            assertThat(finishedOnce).as("every job ended exactly once").isEqualTo(CAMPS);
            assertThat(events.get("finished")).isEqualTo(CAMPS - 1L);
            assertThat(events.get("stopped")).isEqualTo(1L);
            assertThat(resumedKilled).as("the killed jobs were resumed").isEqualTo(killed.size());
            assertThat(saved).as("every roster saved").isEqualTo(CAMPS);
            assertThat(status.body()).contains("\"interruptedAt\":\"");
            assertThat(b.process().isAlive()).isTrue();
        } finally {
            for (var instance : instances) {
                instance.kill();
            }
            database.destroy();
        }
    }

    private AppProcess launch(String name, EmbeddedDatabase database, Path logs, boolean loadCamps)
            throws IOException {
        var arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--campfair.data-dir=target/several-instances/" + name,
                "--campfair.sample-camp.load=false",
                "--campfair.jobs.runner-name=" + name,
                "--campfair.jobs.poll-interval=1s",
                "--campfair.jobs.heartbeat=1s",
                "--campfair.jobs.missed-heartbeats=4",
                "--campfair.jobs.checkpoint-every=1s"));
        if (loadCamps) {
            arguments.add("--campfair.generated-camps.count=" + CAMPS);
        }
        var instance = AppProcess.launch(name, logs.resolve(name + ".log"), false, arguments);
        instances.add(instance);
        return instance;
    }

    private interface Row {
        void read(java.sql.ResultSet rs) throws SQLException;
    }

    private static void query(EmbeddedDatabase database, String sql, Row row) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long count(EmbeddedDatabase database, String sql) {
        long[] result = {0};
        try {
            query(database, sql, rs -> result[0] = rs.getLong(1));
        } catch (IllegalStateException e) {
            return -1; // the schema is not there yet while the instances start
        }
        return result[0];
    }

    private static List<Long> ids(EmbeddedDatabase database, String sql) {
        var ids = new ArrayList<Long>();
        query(database, sql, rs -> ids.add(rs.getLong(1)));
        return ids;
    }

    private static long campIdOf(EmbeddedDatabase database, long jobId) {
        return count(database, "select camp_id from solve_job where id = " + jobId);
    }

    /**
     * Waits for the condition, failing at once with the instance's log when one of the running
     * instances has died, and with both logs when the wait runs out.
     */
    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            for (var instance : instances) {
                if (!instance.process().isAlive()) {
                    throw new AssertionError("Instance " + instance.name() + " exited with "
                            + instance.process().exitValue() + " while waiting for " + what + "; its log ends:\n"
                            + instance.tail());
                }
            }
            Thread.sleep(250);
        }
        var message = new StringBuilder("Waited " + WAIT.toSeconds() + " s in vain for " + what);
        for (var instance : instances) {
            message.append("\n--- log of instance ").append(instance.name()).append(":\n").append(instance.tail());
        }
        throw new AssertionError(message);
    }
}
