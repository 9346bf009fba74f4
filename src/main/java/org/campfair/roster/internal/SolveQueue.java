package org.campfair.roster.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The durable queue of solves, kept by db-scheduler in PostgreSQL. A solve is a one-time
 * task instance named by its camp id, so a camp is queued or running at most once across all
 * instances; any instance with a free solver thread picks it up. A running instance sends
 * heartbeats; when they stop (the process was killed), another instance revives the
 * execution and the worker resumes from the last saved roster.
 *
 * <p>An instance that restarts after being killed does not wait for its own old heartbeats to
 * expire: on start it takes back at once the solves its earlier run had picked (the same
 * runner name, or a process on this host that no longer lives), and until a solve is picked
 * again its status says it was interrupted and is resuming, not that it is solving.
 */
@Component
public class SolveQueue implements SmartLifecycle {

    /** What runs a job: {@link SolveRunner}. */
    public interface Worker {

        void run(long jobId) throws Exception;

        /** Called every poll interval with nothing else to do: looks for stop requests. */
        void poll();
    }

    private static final Logger log = LoggerFactory.getLogger(SolveQueue.class);
    private static final String TASK = "solve-roster";

    private final OneTimeTask<Long> task;
    private final DataSource dataSource;
    /** Queues and looks up jobs whether or not this instance runs them. */
    private final SchedulerClient client;
    private final String runner;
    private final int threads;
    private final Duration pollInterval;
    private final Duration heartbeat;
    private final int missedHeartbeats;
    private final JdbcClient jdbc;
    /** Runs jobs; built on each start, since a stopped db-scheduler cannot start again. */
    private volatile @Nullable Scheduler scheduler;
    private volatile @Nullable ScheduledExecutorService poller;
    /** Looked up when a job runs: the worker itself needs this queue, so it cannot come first. */
    private final ObjectProvider<Worker> worker;

    SolveQueue(DataSource dataSource, ObjectProvider<Worker> worker,
            @Value("${campfair.solver.parallel-jobs:1}") int parallelJobs,
            @Value("${campfair.jobs.poll-interval:2s}") Duration pollInterval,
            @Value("${campfair.jobs.heartbeat:10s}") Duration heartbeat,
            @Value("${campfair.jobs.missed-heartbeats:6}") int missedHeartbeats,
            @Value("${campfair.jobs.retry-after:10s}") Duration retryAfter,
            @Value("${campfair.jobs.max-retries:20}") int maxRetries,
            @Value("${campfair.jobs.runner-name:}") String runnerName) {
        this.runner = runnerName.isBlank() ? defaultRunnerName() : runnerName;
        this.pollInterval = pollInterval;
        this.task = Tasks.oneTime(TASK, Long.class)
                .onDeadExecutionRevive()
                .onFailure(FailureHandler.<Long>maxRetries(maxRetries)
                        .retryEvery(retryAfter)
                        .thenRemove(failed -> log.error("Gave up on the solve of camp {} after {} attempts",
                                failed.getExecution().taskInstance.getId(), maxRetries)))
                .execute((instance, context) -> runJob(instance.getData()));
        this.dataSource = dataSource;
        this.worker = worker;
        this.threads = parallelJobs;
        this.heartbeat = heartbeat;
        this.missedHeartbeats = missedHeartbeats;
        this.client = SchedulerClient.Builder.create(dataSource, task).build();
        this.jdbc = JdbcClient.create(dataSource);
    }

    private static String defaultRunnerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "#" + ProcessHandle.current().pid();
    }

    /** The name this instance uses in the queue and in the job history. */
    public String runner() {
        return runner;
    }

    /** Queues the job; false when the camp already has a queued or running solve. */
    public boolean enqueue(long campId, long jobId) {
        var instance = task.instance(String.valueOf(campId), jobId);
        var running = scheduler;
        // Through the running scheduler, a free solver thread here starts at once, without a poll.
        return running != null ? running.scheduleIfNotExists(instance, Instant.now())
                : client.scheduleIfNotExists(instance, Instant.now());
    }

    /** Whether the camp has a solve in the queue, picked or not. */
    public boolean holds(long campId) {
        return client.getScheduledExecution(TaskInstanceId.of(TASK, String.valueOf(campId))).isPresent();
    }

    /**
     * Whether the camp's solve has lost the instance that ran it: it waits to be picked again
     * (after a restart or a failed attempt), or its runner stopped sending heartbeats.
     */
    public boolean runnerLost(long campId) {
        // Heartbeats carry the runners' wall-clock time, not the app's (possibly fixed) Clock.
        return jdbc.sql("""
                select not picked or last_heartbeat is null or last_heartbeat < now() - make_interval(secs => ?)
                from scheduled_tasks where task_name = ? and task_instance = ?""")
                .params(heartbeat.multipliedBy(2).toMillis() / 1000.0, TASK, String.valueOf(campId))
                .query(Boolean.class).optional().orElse(false);
    }

    /**
     * Takes back the solves that an earlier run of this instance had picked when it was killed,
     * so they resume now rather than after the missed-heartbeat limit. Returns how many.
     */
    int reclaimFromEarlierRun() {
        String ownDefault = defaultRunnerName();
        String host = ownDefault.substring(0, ownDefault.lastIndexOf('#') + 1);
        var dead = jdbc.sql("select distinct picked_by from scheduled_tasks where task_name = ? and picked")
                .param(TASK).query(String.class).list().stream()
                .filter(pickedBy -> earlierRunOfThisInstance(pickedBy, host))
                .toList();
        if (dead.isEmpty()) {
            return 0;
        }
        jdbc.sql("""
                update solve_job set interrupted_at = coalesce(checkpoint_at, started_at)
                where finished_at is null and runner in (:dead)""")
                .param("dead", dead).update();
        return jdbc.sql("""
                update scheduled_tasks set picked = false, picked_by = null, last_heartbeat = null,
                    execution_time = now(), version = version + 1
                where task_name = :task and picked and picked_by in (:dead)""")
                .param("task", TASK).param("dead", dead).update();
    }

    /** Our own name before we start, or "host#pid" of this host with a process that is gone. */
    private boolean earlierRunOfThisInstance(String pickedBy, String host) {
        if (pickedBy.equals(runner)) {
            return true;
        }
        String pid = pickedBy.startsWith(host) ? pickedBy.substring(host.length()) : "";
        return pid.matches("\\d{1,10}")
                && ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive).isEmpty();
    }

    private void runJob(Long jobId) {
        try {
            worker.getObject().run(jobId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while solving job " + jobId, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Solve job " + jobId + " failed", e);
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        try {
            int reclaimed = reclaimFromEarlierRun();
            if (reclaimed > 0) {
                log.info("Resuming {} solve(s) interrupted when an earlier run of this instance stopped", reclaimed);
            }
        } catch (RuntimeException e) {
            // The database may be away at start; the missed-heartbeat limit then revives them later.
            log.warn("Could not look for solves interrupted by an earlier run: {}", e.getMessage());
        }
        var started = Scheduler.create(dataSource, task)
                .schedulerName(new SchedulerName.Fixed(runner))
                .threads(threads)
                .pollingInterval(pollInterval)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(missedHeartbeats)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
        started.start();
        var stopPoller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "solve-stop-poller");
            thread.setDaemon(true);
            return thread;
        });
        stopPoller.scheduleWithFixedDelay(this::poll, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        scheduler = started;
        poller = stopPoller;
        log.info("Solve queue started as {}", runner);
    }

    private void poll() {
        try {
            worker.getObject().poll();
        } catch (RuntimeException e) {
            log.debug("Could not look for stop requests: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        var stopPoller = poller;
        var started = scheduler;
        poller = null;
        scheduler = null;
        if (stopPoller != null) {
            stopPoller.shutdownNow();
        }
        if (started != null) {
            started.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
