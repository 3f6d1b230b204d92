package dev.promcdi.example;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Prometheus server in a process of its own, on loopback and a free port, scraping one
 * target every second; its storage lives in a temporary folder removed on {@link #close}.
 */
final class Prometheus implements AutoCloseable {

    /** How long to wait for Prometheus to start, and for what it stores to look as expected. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final Pattern LISTENING = Pattern.compile("msg=\"Listening on\" address=127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final Path folder;
    private final List<String> log;
    private final URI api;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Prometheus(Process process, Path folder, List<String> log, int port) {
        this.process = process;
        this.folder = folder;
        this.log = log;
        this.api = URI.create("http://127.0.0.1:" + port + "/api/v1/");
    }

    /** The executable of this name on the PATH, if there is one. */
    static Optional<Path> onPath(String name) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, name)).filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts {@code prometheus} scraping {@code target} (a URI whose host, port and path are used)
     * every second, with the extra command line flags given.
     */
    static Prometheus start(Path binary, URI target, String... flags) throws IOException, InterruptedException {
        return start(binary, target, List.of(), flags);
    }

    /**
     * Starts {@code prometheus} scraping {@code target} every second and evaluating the rules of
     * {@code ruleFiles} every second, with the extra command line flags given.
     */
    static Prometheus start(Path binary, URI target, List<Path> ruleFiles, String... flags)
            throws IOException, InterruptedException {
        List<String> rules = new ArrayList<>();
        for (Path file : ruleFiles) {
            rules.add("  - " + file.toAbsolutePath().normalize());
        }
        return start(binary, rules, List.of(
                "  - job_name: shop",
                "    metrics_path: " + target.getPath(),
                "    static_configs:",
                "      - targets: ['" + target.getHost() + ":" + target.getPort() + "']"), flags);
    }

    private static Prometheus start(Path binary, List<String> ruleFiles, List<String> scrapeConfigs, String... flags)
            throws IOException, InterruptedException {
        List<String> configs = new ArrayList<>();
        if (!ruleFiles.isEmpty()) {
            configs.add("rule_files:");
            configs.addAll(ruleFiles);
        }
        configs.add("scrape_configs:");
        configs.addAll(scrapeConfigs);
        return startWith(binary, configs, flags);
    }

    /**
     * Starts {@code prometheus} with one job per entry of {@code jobs}, each scraping
     * {@code target} every second with the credentials its lines give ({@code basic_auth:} or
     * {@code authorization:}, indented as a job's keys).
     */
    static Prometheus withCredentials(Path binary, URI target, Map<String, List<String>> jobs)
            throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        jobs.forEach((job, credentials) -> {
            lines.addAll(List.of(
                    "  - job_name: " + job,
                    "    metrics_path: " + target.getPath(),
                    "    static_configs:",
                    "      - targets: ['" + target.getHost() + ":" + target.getPort() + "']"));
            lines.addAll(credentials);
        });
        return start(binary, List.of(), lines);
    }

    /**
     * Starts {@code prometheus} scraping every second what the Consul agent at {@code agent} lists
     * under {@code service}, at the path and scheme its registration's metadata gives, as the
     * README's {@code consul_sd_configs} example does.
     */
    static Prometheus discovering(Path binary, URI agent, String service) throws IOException, InterruptedException {
        return start(binary, List.of(), List.of(
                "  - job_name: " + service,
                "    consul_sd_configs:",
                "      - server: " + agent.getHost() + ":" + agent.getPort(),
                "        datacenter: dc1",
                "        services: [" + service + "]",
                "    relabel_configs:",
                "      - source_labels: [__meta_consul_service_metadata_metrics_path]",
                "        target_label: __metrics_path__",
                "      - source_labels: [__meta_consul_service_metadata_scheme]",
                "        target_label: __scheme__"));
    }

    private static Prometheus startWith(Path binary, List<String> configs, String... flags)
            throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("promcdi-prometheus");
        Path config = folder.resolve("prometheus.yml");
        List<String> lines = new ArrayList<>(List.of("global:", "  scrape_interval: 1s", "  scrape_timeout: 1s",
                "  evaluation_interval: 1s"));
        lines.addAll(configs);
        lines.add("");
        Files.writeString(config, String.join("\n", lines));
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + folder.resolve("data"), "--web.listen-address=127.0.0.1:0"));
        command.addAll(List.of(flags));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        List<String> log = new ArrayList<>();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> readLog(process, log, port), "prometheus-log");
        reader.setDaemon(true);
        reader.start();
        Prometheus prometheus;
        try {
            prometheus = new Prometheus(process, folder, log, port.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException notListening) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            delete(folder);
            throw new IllegalStateException("Prometheus did not say where it listens within " + PATIENCE + ":\n"
                    + String.join("\n", snapshot(log)), notListening);
        }
        if (!prometheus.await(prometheus::ready, Boolean::booleanValue)) {
            prometheus.close();
            throw new IllegalStateException("Prometheus was not ready within " + PATIENCE + ":\n" + prometheus.log());
        }
        return prometheus;
    }

    /** Whether {@code /-/ready} answers 200: Prometheus answers its API only then. */
    private boolean ready() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(api.resolve("/-/ready")).timeout(Duration.ofSeconds(5)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private static void readLog(Process process, List<String> log, CompletableFuture<Integer> port) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (log) {
                    log.add(line);
                }
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    port.complete(Integer.parseInt(listening.group(1)));
                }
            }
        } catch (IOException ended) {
            // the process is gone
        }
        port.completeExceptionally(new IllegalStateException("Prometheus stopped logging before it listened."));
    }

    private static List<String> snapshot(List<String> log) {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** What Prometheus logged so far, for failure messages. */
    String log() {
        return String.join("\n", snapshot(log));
    }

    /** The answer of {@code GET /api/v1/<path>}, whose status must be success. */
    JsonObject get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(api.resolve(path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject answer = reader.readObject();
            if (response.statusCode() != 200 || !"success".equals(answer.getString("status", ""))) {
                throw new IllegalStateException("Prometheus answered " + path + " with " + response.statusCode()
                        + ": " + response.body());
            }
            return answer;
        }
    }

    /** The active targets, as {@code /api/v1/targets} lists them. */
    JsonArray activeTargets() throws IOException, InterruptedException {
        return get("targets?state=active").getJsonObject("data").getJsonArray("activeTargets");
    }

    /** The result of an instant query: a vector of {@code {metric, value}} or {@code {metric, histogram}}. */
    JsonArray query(String promql) throws IOException, InterruptedException {
        return get("query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8))
                .getJsonObject("data").getJsonArray("result");
    }

    /** The exemplars stored for the series {@code selector} selects, as {@code /api/v1/query_exemplars} lists them. */
    JsonArray exemplars(String selector) throws IOException, InterruptedException {
        return get("query_exemplars?start=0&end=" + Instant.now().plusSeconds(60).getEpochSecond()
                + "&query=" + URLEncoder.encode(selector, StandardCharsets.UTF_8))
                .getJsonArray("data");
    }

    /**
     * Asks {@code question} every 200 ms until its answer satisfies {@code expected}, at most
     * {@link #PATIENCE}; returns the last answer either way, for the caller to assert on.
     */
    <T> T await(Question<T> question, Predicate<T> expected) {
        AtomicReference<T> last = new AtomicReference<>();
        try {
            return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
                last.set(question.ask());
                return last.get();
            }, expected);
        } catch (ConditionTimeoutException late) {
            return last.get();
        }
    }

    /** Stops Prometheus and removes its configuration and storage. */
    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        delete(folder);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** A question to Prometheus, asked again until its answer is the expected one. */
    @FunctionalInterface
    interface Question<T> {

        /** Asks the question once. */
        T ask() throws IOException, InterruptedException;
    }
}
