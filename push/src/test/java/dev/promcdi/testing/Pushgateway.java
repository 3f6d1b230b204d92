package dev.promcdi.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real Pushgateway (Debian's prometheus-pushgateway), on a free loopback port, in memory only. */
public final class Pushgateway implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on.*address=127\\.0\\.0\\.1:(\\d+)");

    /** A user of {@link #startWithBasicAuth()}, with the bcrypt hash of {@link #PASSWORD}. */
    public static final String USER = "batch";
    public static final String PASSWORD = "batch-secret";
    private static final String HASH = "$2b$10$HCW1pJ73Y2raeOJE/kpu6uoolMHejcXYYp9f.T6vgMjhtSEld9Pla";

    private final Process process;
    private final URI uri;
    private final String authorization;
    private final HttpClient client = HttpClient.newHttpClient();

    private Pushgateway(Process process, URI uri, String authorization) {
        this.process = process;
        this.uri = uri;
        this.authorization = authorization;
    }

    /** Starts one, or skips the test when the binary is not installed. */
    public static Pushgateway start() throws IOException {
        return start(List.of(), null);
    }

    /** Starts one behind a path prefix, as a reverse proxy would put it: its URI includes the prefix. */
    public static Pushgateway startUnder(String prefix) throws IOException {
        Pushgateway gateway = start(List.of("--web.route-prefix=" + prefix), null);
        return new Pushgateway(gateway.process, gateway.uri.resolve(prefix + "/"), null);
    }

    /** Starts one that requires basic authentication as {@link #USER}, through a web config file. */
    public static Pushgateway startWithBasicAuth() throws IOException {
        Path config = Files.createTempFile("pushgateway-web", ".yml");
        Files.writeString(config, "basic_auth_users:\n  " + USER + ": " + HASH + "\n");
        config.toFile().deleteOnExit();
        return start(List.of("--web.config.file=" + config), "Basic " + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static Pushgateway start(List<String> options, String authorization) throws IOException {
        Path binary = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "prometheus-pushgateway")).filter(Files::isExecutable)
                .findFirst().orElse(null);
        assumeTrue(binary != null, "Skipped: prometheus-pushgateway is not on the PATH; install the Debian package "
                + "prometheus-pushgateway (.ci/run does) to test against the real gateway.");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--web.listen-address=127.0.0.1:0",
                "--persistence.file="));
        command.addAll(options);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = log.readLine()) != null) {
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        log.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ended) {
                        // the gateway stopped
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new Pushgateway(process, URI.create("http://127.0.0.1:" + listening.group(1)), authorization);
            }
        }
        process.destroy();
        throw new IOException("prometheus-pushgateway did not say where it listens.");
    }

    public URI uri() {
        return uri;
    }

    /** What the gateway exposes to Prometheus now. */
    public String metrics() throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri.resolve("metrics"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
