package dev.promcdi.benchmarks.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@link Serve} JVM, started with the same class path as this one plus the options in
 * {@code SERVE_JAVA_OPTIONS} (a flight recording, for instance). Closing it stops the server and
 * waits for the JVM to exit.
 */
final class ServerJvm implements AutoCloseable {

    /** Linux's USER_HZ, the unit of CPU times in {@code /proc/<pid>/stat}; 100 on mainstream kernels. */
    private static final double CLOCK_TICKS_PER_SECOND = 100;

    private final String variant;
    private final Process process;
    private final Path log;
    private final int[] ports;

    private ServerJvm(String variant, Process process, Path log, int[] ports) {
        this.variant = variant;
        this.process = process;
        this.log = log;
        this.ports = ports;
    }

    static ServerJvm start(String variant) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String options = System.getenv().getOrDefault("SERVE_JAVA_OPTIONS", "").trim();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Serve.class.getName(), variant));
        Path log = Files.createTempFile("serve-" + variant, ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        while (line != null && !line.startsWith("ports ")) { // the JVM may print first, a flight recording's start say
            line = output.readLine();
        }
        if (line == null) {
            process.destroyForcibly();
            throw new IOException("The " + variant + " server exited before it listened; its log: " + Files.readString(log));
        }
        int[] ports = Arrays.stream(line.substring("ports ".length()).split(" ")).mapToInt(Integer::parseInt).toArray();
        return new ServerJvm(variant, process, log, ports);
    }

    String variant() {
        return variant;
    }

    /** The URL of {@code path} on the server's {@code index}-th port, in the order {@link Serve} printed them. */
    String url(int index, String path) {
        return "http://127.0.0.1:" + ports[index] + "/" + path;
    }

    /** The server's CPU time so far (user + system) in microseconds, from {@code /proc}; NaN without it. */
    double cpuMicros() throws IOException {
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        if (!Files.exists(stat)) {
            return Double.NaN;
        }
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" "); // fields[0] is field 3, the state
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 and 15: utime, stime
        return ticks * 1_000_000.0 / CLOCK_TICKS_PER_SECOND;
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("The " + variant + " server did not stop within 60 s; its log: " + log);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the " + variant + " server to stop.", interrupted);
        }
        Files.delete(log);
    }
}
