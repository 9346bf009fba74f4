package org.campfair.roster.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Solve requests as rows, so that every instance sees them: which camp is being solved, how
 * often a job was started (more than once means an instance died and another resumed it),
 * stop requests, and when it finished. A partial unique index allows one open job per camp.
 */
@Component
public class SolveJobs {

    /** One solve request and where it stands. */
    public record Job(long id, long campId, @Nullable Duration timeLimit, @Nullable Duration unimprovedLimit,
            @Nullable LocalDateTime frozenBefore, @Nullable LocalDateTime frozenAfter, int attempts, @Nullable Instant startedAt,
            @Nullable Instant interruptedAt, @Nullable String checkpointScore, boolean stopRequested,
            @Nullable Instant finishedAt) {

        public boolean finished() {
            return finishedAt != null;
        }
    }

    private static final String COLUMNS = """
            id, camp_id, time_limit_s, unimproved_s, frozen_before, frozen_after, attempts, started_at, interrupted_at,
            checkpoint_score, stop_requested, finished_at""";

    private final JdbcClient jdbc;

    SolveJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a new request. Seats of shifts starting before {@code frozenBefore} or at or
     * after {@code frozenAfter} keep their people in this solve (either may be empty).
     *
     * @throws org.springframework.dao.DuplicateKeyException when the camp has an open job
     */
    public long create(long campId, @Nullable Duration timeLimit, @Nullable Duration unimprovedLimit,
            @Nullable LocalDateTime frozenBefore, @Nullable LocalDateTime frozenAfter, Instant now) {
        return jdbc.sql("""
                insert into solve_job (camp_id, requested_at, time_limit_s, unimproved_s, frozen_before, frozen_after)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(campId, Timestamp.from(now), timeLimit == null ? null : timeLimit.toSeconds(),
                        unimprovedLimit == null ? null : unimprovedLimit.toSeconds(), frozenBefore, frozenAfter)
                .query(Long.class).single();
    }

    public void delete(long jobId) {
        jdbc.sql("delete from solve_job where id = ?").param(jobId).update();
    }

    public Optional<Job> find(long jobId) {
        return jdbc.sql("select " + COLUMNS + " from solve_job where id = ?").param(jobId).query(SolveJobs::job)
                .optional();
    }

    /** The camp's most recent job, open or finished. */
    public Optional<Job> latest(long campId) {
        return jdbc.sql("select " + COLUMNS + " from solve_job where camp_id = ? order by id desc limit 1")
                .param(campId).query(SolveJobs::job).optional();
    }

    /**
     * Marks an attempt begun on this runner. A job started before was interrupted (its
     * instance died or lost the database): the interruption is dated at the last moment it
     * was known to work, its last saved roster or else its start.
     */
    public void begin(long jobId, String runner, Instant now, boolean resumed) {
        jdbc.sql("""
                update solve_job set attempts = attempts + 1, runner = ?, started_at = coalesce(started_at, ?),
                    interrupted_at = case when attempts > 0 then coalesce(checkpoint_at, started_at) else interrupted_at end
                where id = ?""")
                .params(runner, Timestamp.from(now), jobId).update();
        event(jobId, resumed ? "resumed" : "started", runner, now);
    }

    public void checkpoint(long jobId, String score, Instant at) {
        jdbc.sql("update solve_job set checkpoint_at = ?, checkpoint_score = ? where id = ? and finished_at is null")
                .params(Timestamp.from(at), score, jobId).update();
    }

    /** Closes the job; false when it was already closed, so that nobody finishes it twice. */
    public boolean finish(long jobId, String outcome, String runner, Instant at) {
        boolean closed = jdbc.sql("update solve_job set finished_at = ?, outcome = ? where id = ? and finished_at is null")
                .params(Timestamp.from(at), outcome, jobId).update() == 1;
        if (closed) {
            event(jobId, outcome, runner, at);
        }
        return closed;
    }

    public void requestStop(long campId) {
        jdbc.sql("update solve_job set stop_requested = true where camp_id = ? and finished_at is null")
                .param(campId).update();
    }

    /** Of the given jobs, those an organizer asked to stop (on any instance). */
    public List<Long> stopRequested(Collection<Long> jobIds) {
        if (jobIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from solve_job where id in (:ids) and stop_requested and finished_at is null")
                .param("ids", jobIds).query(Long.class).list();
    }

    private void event(long jobId, String kind, String runner, Instant at) {
        jdbc.sql("insert into solve_job_event (job_id, kind, runner, at) values (?, ?, ?, ?)")
                .params(jobId, kind, runner, Timestamp.from(at)).update();
    }

    private static Job job(ResultSet rs, int row) throws SQLException {
        long timeLimit = rs.getLong("time_limit_s");
        Duration limit = rs.wasNull() ? null : Duration.ofSeconds(timeLimit);
        long unimproved = rs.getLong("unimproved_s");
        Duration unimprovedLimit = rs.wasNull() ? null : Duration.ofSeconds(unimproved);
        return new Job(rs.getLong("id"), rs.getLong("camp_id"), limit, unimprovedLimit,
                rs.getObject("frozen_before", LocalDateTime.class), rs.getObject("frozen_after", LocalDateTime.class),
                rs.getInt("attempts"),
                instant(rs, "started_at"), instant(rs, "interrupted_at"), rs.getString("checkpoint_score"),
                rs.getBoolean("stop_requested"), instant(rs, "finished_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
