package dev.promcdi.tck.containers;

import dev.promcdi.tck.app.ScraperAuthentication;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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

    /** Waits for the process to exit of its own, for at most three minutes; returns its exit value. */
    int awaitExit() throws Exception {
        if (!process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " did not exit within " + START_LIMIT + "; its output:\n" + output());
        }
        return process.exitValue();
    }

    /** Waits until {@code uri} answers {@code 200}. */
    void awaitOk(URI uri) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await("answer 200 at " + uri, () -> {
            try {
                return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)) // as the scraper (S1)
                        .header("Authorization", ScraperAuthentication.basic(ScraperAuthentication.SCRAPER)).build(),
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

    /**
     * A port nothing listens on now, for servers that cannot bind port 0 and report it. It lies
     * below the kernel's ephemeral range, so that nothing binding port 0 (the application's own
     * standalone metrics server, say) or connecting out takes it before the server binds it.
     */
    static synchronized int freePort() throws IOException {
        int ephemeralStart = ephemeralRangeStart();
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 10_000 + RANDOM.nextInt(ephemeralStart - 10_000);
            if (!HANDED_OUT.contains(candidate) && bindable(candidate)) {
                HANDED_OUT.add(candidate);
                return candidate;
            }
        }
        throw new IOException("No free port from 10000 to " + ephemeralStart + " after 200 attempts.");
    }

    private static final Random RANDOM = new Random();
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.isBound();
        } catch (IOException taken) {
            return false;
        }
    }

    /** The first port the kernel hands out for port 0 ({@code /proc/sys/net/ipv4/ip_local_port_range}), else 32768. */
    private static int ephemeralRangeStart() {
        try {
            int start = Integer.parseInt(Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim()
                    .split("\\s+")[0]);
            return Math.max(start, 20_000);
        } catch (IOException | RuntimeException unknown) {
            return 32_768;
        }
    }
}
