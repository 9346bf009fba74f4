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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The durable queue of solves, kept by db-scheduler in PostgreSQL. A solve is a one-time
 * task instance named by its camp id, so a camp is queued or running at most once across all
 * instances; any instance with a free solver thread picks it up. A running instance sends
 * heartbeats; when they stop (the process was killed), another instance revives the
 * execution and the worker resumes from the last saved roster.
 */
@Component
public class SolveQueue implements SmartLifecycle {

    /** What runs a job; the roster service, registered once it exists. */
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
    /** Runs jobs; built on each start, since a stopped db-scheduler cannot start again. */
    private volatile @Nullable Scheduler scheduler;
    private volatile @Nullable ScheduledExecutorService poller;
    private volatile @Nullable Worker worker;

    SolveQueue(DataSource dataSource,
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
        this.threads = parallelJobs;
        this.heartbeat = heartbeat;
        this.missedHeartbeats = missedHeartbeats;
        this.client = SchedulerClient.Builder.create(dataSource, task).build();
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

    public void setWorker(Worker worker) {
        this.worker = worker;
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

    private void runJob(Long jobId) {
        var current = worker;
        if (current == null) {
            throw new IllegalStateException("No solve worker registered yet");
        }
        try {
            current.run(jobId);
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
        var current = worker;
        try {
            if (current != null) {
                current.poll();
            }
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
