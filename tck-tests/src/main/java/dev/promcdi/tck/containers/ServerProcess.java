package dev.promcdi.tck.containers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/** A server running as a child process, its output kept in a log file. */
final class ServerProcess {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    private final Process process;
    private final Path logFile;
    private final String name;

    private ServerProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts {@code command} in {@code directory}, appending its output to {@code logFile}. */
    static ServerProcess start(String name, List<String> command, Path directory, Path logFile,
            Map<String, String> environment) throws IOException {
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        return new ServerProcess(name, builder.start(), logFile);
    }

    /** What the process printed so far. */
    String output() throws IOException {
        return Files.readString(logFile, StandardCharsets.UTF_8);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Something to wait for, checked every 200 ms; it may fail at once by throwing. */
    @FunctionalInterface
    interface Condition {
        boolean holds() throws Exception;
    }

    /**
     * Waits until {@code condition} holds, failing with the process's output if the process exits
     * first or it takes longer than three minutes.
     *
     * @param what what is awaited, for the failure message ("answer 200 at ...")
     */
    void await(String what, Condition condition) throws Exception {
        try {
            Awaitility.await(what).atMost(START_LIMIT).pollInterval(Duration.ofMillis(200))
                    .failFast("the process exited", () -> !process.isAlive()).until(condition::holds);
        } catch (TerminalFailureException exited) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it would "
                    + what + "; its output:\n" + output(), exited);
        } catch (ConditionTimeoutException late) {
            throw new IllegalStateException(name + " did not " + what + " within " + START_LIMIT
                    + "; its output:\n" + output(), late);
        }
    }

    /** Waits until {@code uri} answers {@code 200}. */
    void awaitOk(URI uri) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await("answer 200 at " + uri, () -> {
            try {
                return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notListeningYet) {
                return false;
            }
        });
    }

    /** Sends SIGTERM (unless {@code alreadyAsked}) and waits for the process to exit, killing it after a minute. */
    void stop(boolean alreadyAsked) throws InterruptedException {
        if (!alreadyAsked) {
            process.destroy();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException(name + " did not stop within 60 s and was killed.");
        }
    }

    /** The base of the JAX-RS resources of the archive deployed under {@code contextRoot}, on loopback. */
    static URI api(int port, String contextRoot) {
        return URI.create("http://127.0.0.1:" + port + "/" + contextRoot + "/api/");
    }

    /** A port nothing listens on now, for servers that cannot bind port 0 and report it. */
    static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
