package org.campfair;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The whole application started as a separate JVM from the test class path, for tests that
 * kill it the hard way. Its output goes to a log file, whose end is shown when it dies or
 * a wait runs out, so a failure on a CI machine says why.
 */
public final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private AppProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the app with the given arguments (plus a free port). In its own process group when
     * asked, as a shell starts a program, so that a test can kill the whole group.
     */
    public static AppProcess launch(String name, Path log, boolean ownProcessGroup, List<String> arguments)
            throws IOException {
        int port = freePort();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var command = new ArrayList<String>();
        if (ownProcessGroup) {
            command.add("setsid"); // a child of the JVM is no group leader, so setsid execs Java in place
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx400m", "-XX:TieredStopAtLevel=1", "-cp", classpath, "org.campfair.CampfairApplication",
                "--server.port=" + port, "--spring.main.banner-mode=off"));
        command.addAll(arguments);
        Files.createDirectories(log.getParent());
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AppProcess(name, port, process, log);
    }

    public String name() {
        return name;
    }

    public Process process() {
        return process;
    }

    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Readiness answered 200: the database is reachable and start-up is done. */
    public boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return HTTP.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String user) throws IOException, InterruptedException {
        return HTTP.send(request(path, user).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> delete(String path, String user) throws IOException, InterruptedException {
        return HTTP.send(request(path, user).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A demo account with the demo password. */
    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    /** Waits for the condition, failing at once with the log when the app has died. */
    public void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("App " + name + " exited with " + process.exitValue() + " while waiting for "
                        + what + "; its log ends:\n" + tail());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Waited " + limit.toSeconds() + " s in vain for " + what + "; the log of " + name
                + " ends:\n" + tail());
    }

    /** SIGKILL to the JVM alone, as the out-of-memory killer does. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGKILL to every process in the app's group, as closing its terminal may do. */
    public void killGroup() throws IOException, InterruptedException {
        var kill = new ProcessBuilder("kill", "-KILL", "--", "-" + process.pid()).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill of process group " + process.pid() + " failed");
        }
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public String tail() {
        try {
            var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Asks the app to shut down (SIGTERM, as systemd does) and waits; kills it if it hangs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
