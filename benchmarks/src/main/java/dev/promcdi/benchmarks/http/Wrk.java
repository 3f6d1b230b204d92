package dev.promcdi.benchmarks.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code wrk} (one thread, over loopback) and reads what it measured. */
final class Wrk {

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("([0-9]+) requests in");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");

    private Wrk() {
    }

    /**
     * One measured burst: what wrk saw, and the server's CPU time (user + system) per request, NaN
     * where the server's CPU time cannot be read.
     */
    record Burst(double requestsPerSecond, double p99Millis, double cpuMicrosPerRequest) {
    }

    /** Loads {@code url} on {@code server} for {@code seconds}, sending {@code headers} ("Name: value"), and measures it. */
    static Burst measure(ServerJvm server, String url, int seconds, int connections, String... headers)
            throws IOException, InterruptedException {
        double cpuBefore = server.cpuMicros();
        String output = run(url, seconds, connections, headers);
        double cpu = server.cpuMicros() - cpuBefore;
        Matcher rate = REQUESTS_PER_SECOND.matcher(output);
        Matcher requests = REQUESTS.matcher(output);
        Matcher p99 = P99.matcher(output);
        if (!rate.find() || !requests.find() || !p99.find()) {
            throw new IOException("Unexpected wrk output: " + output);
        }
        double value = Double.parseDouble(p99.group(1));
        double millis = switch (p99.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
        return new Burst(Double.parseDouble(rate.group(1)), millis, cpu / Long.parseLong(requests.group(1)));
    }

    /** Loads {@code url} for {@code seconds}, sending {@code headers} ("Name: value"); returns wrk's report. */
    static String run(String url, int seconds, int connections, String... headers) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t", "1", "-c", Integer.toString(connections), "-d",
                seconds + "s", "--latency"));
        for (String header : headers) {
            command.addAll(List.of("-H", header));
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IOException("wrk failed on " + url + ": " + output);
        }
        return output;
    }
}
