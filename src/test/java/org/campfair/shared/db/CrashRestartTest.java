package org.campfair.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.campfair.AppProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The default (embedded database) set-up killed the hard way in the middle of a solve, then
 * started again exactly as an organizer would: the first start after the crash must work, with
 * the camp, the accounts and the solve still there, the solve resumed from its saved roster.
 * Once the JVM alone is killed (as the out-of-memory killer does), once its whole process group
 * (as closing the terminal may). Prints the restart times; asserts nothing about time beyond
 * generous waiting limits.
 */
class CrashRestartTest {

    private static final Duration START = Duration.ofSeconds(240);
    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private Path dataDir;
    private AppProcess app;

    @Test
    void killingTheJvmMidSolveThenStartingAgainWorksOnTheFirstTry() throws Exception {
        crashAndRestart("jvm");
    }

    @Test
    void killingTheWholeProcessGroupMidSolveThenStartingAgainWorksOnTheFirstTry() throws Exception {
        crashAndRestart("group");
    }

    private void crashAndRestart(String how) throws Exception {
        dataDir = Files.createTempDirectory("campfair-crash-" + how);
        Path logs = Path.of("target", "crash-restart");

        long began = System.nanoTime();
        app = launch(how + "-first", logs, how.equals("group"));
        app.await("the first start", START, app::ready);
        long firstStartMs = millisSince(began);

        String camps = app.get("/api/camps", "organizer").body();
        var id = FIRST_ID.matcher(camps);
        assertThat(id.find()).as(camps).isTrue();
        long campId = Long.parseLong(id.group(1));
        var solve = app.post("/api/camps/" + campId + "/solve?timeLimitSeconds=600&unimprovedSeconds=600", "organizer");
        assertThat(solve.statusCode()).as(solve.body()).isEqualTo(202);
        app.await("a roster saved mid-solve", START, () -> count("""
                select count(*) from solve_job where finished_at is null and checkpoint_at is not null""") == 1);

        if (how.equals("group")) {
            app.killGroup();
        } else {
            app.kill();
        }
        assertThat(LeftoverServer.find(dataDir.resolve("pgdata"))).as("the database server outlives the killed app").isPresent();

        long restartedAt = System.nanoTime();
        app = launch(how + "-second", logs, false);
        app.await("the first start after the crash", START, app::ready);
        long restartMs = millisSince(restartedAt);

        assertThat(app.log()).contains("still running on").contains("shut it down cleanly")
                .as("taken back at start, not after the missed heartbeats")
                .contains("Resuming 1 solve(s) interrupted when an earlier run of this instance stopped");
        assertThat(app.get("/api/camps", "organizer").body()).as("the camp is there").contains("\"id\":" + campId);
        assertThat(app.get("/api/me", "participant").statusCode()).as("the accounts are there").isEqualTo(200);
        var status = app.get("/api/camps/" + campId + "/solve", "organizer").body();
        assertThat(status).as("the solve goes on, marked interrupted").contains("\"interruptedAt\":\"")
                .containsAnyOf("\"state\":\"SOLVING\"", "\"state\":\"INTERRUPTED\"");
        app.await("the solve resumed", START, () -> count("select count(*) from solve_job_event where kind = 'resumed'") == 1);
        long resumedMs = millisSince(restartedAt);

        assertThat(app.delete("/api/camps/" + campId + "/solve", "organizer").statusCode()).isEqualTo(200);
        app.await("the resumed solve stopped and saved", START, () -> count("""
                select count(*) from solve_job where outcome = 'stopped' and attempts = 2""") == 1);
        assertThat(count("""
                select count(*) from pg_settings where name in ('fsync', 'synchronous_commit') and setting = 'on'"""))
                .as("the kept data folder runs durably").isEqualTo(2);

        System.out.printf("CRASH-RESTART kill=%s first_start_ms=%d restart_to_ready_ms=%d restart_to_resumed_ms=%d%n",
                how, firstStartMs, restartMs, resumedMs);
    }

    private AppProcess launch(String name, Path logs, boolean ownProcessGroup) throws IOException {
        return AppProcess.launch(name, logs.resolve(name + ".log"), ownProcessGroup, List.of(
                "--campfair.data-dir=" + dataDir,
                "--campfair.jobs.poll-interval=1s",
                // Far beyond the test's waits: only the restart's own take-back can resume the solve.
                "--campfair.jobs.missed-heartbeats=1000",
                "--campfair.jobs.checkpoint-every=1s"));
    }

    /** Straight into the app's embedded server, found through its pid file, as a support engineer would. */
    private long count(String sql) {
        try {
            var pidFile = Files.readAllLines(dataDir.resolve("pgdata").resolve("postmaster.pid"), StandardCharsets.UTF_8);
            String url = "jdbc:postgresql://localhost:" + pidFile.get(3).strip() + "/campfair";
            try (var connection = DriverManager.getConnection(url, "postgres", "");
                    var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        } catch (IOException | SQLException | IndexOutOfBoundsException e) {
            return -1; // not started yet, or the schema not there yet
        }
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (app != null) {
            app.close();
        }
        if (dataDir != null) {
            LeftoverServer.find(dataDir.resolve("pgdata")).ifPresent(LeftoverServer::stop);
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
