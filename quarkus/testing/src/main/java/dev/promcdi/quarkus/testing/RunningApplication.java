package dev.promcdi.quarkus.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A built Quarkus application ({@code quarkus-run.jar}) running as a process of its own, as a
 * user starts it, on a port it chooses and reports; stopped by {@link #close()} as a user stops it.
 */
public final class RunningApplication implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://127\\.0\\.0\\.1:(\\d+)");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final Process process;
    private final Path log;
    private final URI api;

    private RunningApplication(Process process, Path log, URI api) {
        this.process = process;
        this.log = log;
        this.api = api;
    }

    /** Starts the application in {@code jar} and waits, at most a minute, until it listens. */
    public static RunningApplication start(Path jar) throws IOException, InterruptedException {
        Path log = Files.createTempFile("quarkus-application", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-jar", jar.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Matcher listening = LISTENING.matcher("");
        while (!listening.reset(Files.readString(log)).find()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException(jar + " did not start:\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        return new RunningApplication(process, log, URI.create("http://127.0.0.1:" + listening.group(1) + "/api/"));
    }

    /** Sends a GET to {@code path}, relative to the application's {@code /api/}. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Stops the application as a user does (SIGTERM) and waits for it; fails if it does not stop within 30 s. */
    @Override
    public void close() throws IOException {
        process.destroy();
        boolean stopped;
        try {
            stopped = process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stopped = false;
        }
        if (!stopped) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(log);
        if (!stopped) {
            throw new IllegalStateException("The application did not stop within 30 s of SIGTERM.");
        }
    }
}
