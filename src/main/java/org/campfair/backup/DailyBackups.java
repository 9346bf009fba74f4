package org.campfair.backup;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One backup a day, at the first check on or after {@code campfair.backups.daily-at} (the
 * server's local time; {@code off} switches it off). A laptop that sleeps through that time
 * backs up when it is next on, that same day. Several instances on one database each check,
 * and only the one that records the day in {@code daily_backup} first backs up; if its backup
 * fails, it takes the record back so a later check tries again.
 */
@Component
class DailyBackups implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DailyBackups.class);

    private final BackupService backups;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final @Nullable LocalTime dailyAt;
    private final Duration checkEvery;
    private final String runner;
    private volatile @Nullable ScheduledExecutorService checker;

    DailyBackups(BackupService backups, JdbcClient jdbc, Clock clock,
            @Value("${campfair.backups.daily-at:03:00}") String dailyAt,
            @Value("${campfair.backups.check-every:10m}") Duration checkEvery) {
        this.backups = backups;
        this.jdbc = jdbc;
        this.clock = clock;
        this.dailyAt = "off".equalsIgnoreCase(dailyAt.strip()) ? null : LocalTime.parse(dailyAt.strip());
        if (checkEvery.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("campfair.backups.check-every must be at least 1s, not " + checkEvery);
        }
        this.checkEvery = checkEvery;
        this.runner = runnerName();
    }

    private static String runnerName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "#" + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "localhost#" + ProcessHandle.current().pid();
        }
    }

    /** Backs up if today's daily backup is due and no instance has taken it yet; returns it if made here. */
    Optional<BackupFile> backUpIfDue() {
        if (dailyAt == null) {
            return Optional.empty();
        }
        var now = clock.instant().atZone(ZoneId.systemDefault());
        if (now.toLocalTime().isBefore(dailyAt)) {
            return Optional.empty();
        }
        var today = now.toLocalDate();
        int claimed = jdbc.sql("""
                insert into daily_backup (day, runner, started_at) values (?, ?, ?) on conflict (day) do nothing""")
                .params(today, runner, clock.instant().atOffset(ZoneOffset.UTC)).update();
        if (claimed == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(backups.backUp(BackupFile.Kind.DAILY));
        } catch (RuntimeException e) {
            jdbc.sql("delete from daily_backup where day = ? and runner = ?").params(today, runner).update();
            throw e;
        }
    }

    private void check() {
        try {
            backUpIfDue();
        } catch (RuntimeException e) {
            // The class and message name a file or table at most, never a row's content.
            log.error("The daily backup failed, trying again in {}: {}", checkEvery, e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        if (checker != null || dailyAt == null) {
            return;
        }
        var started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "daily-backup");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::check, checkEvery.toMillis(), checkEvery.toMillis(), TimeUnit.MILLISECONDS);
        checker = started;
        log.info("Daily backups from {} (server time), checked every {}", dailyAt, checkEvery);
    }

    @Override
    public synchronized void stop() {
        var started = checker;
        checker = null;
        if (started != null) {
            started.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return checker != null;
    }
}
