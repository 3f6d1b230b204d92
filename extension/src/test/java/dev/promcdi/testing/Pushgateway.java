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
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real Pushgateway (Debian's prometheus-pushgateway), on a free loopback port, in memory only. */
public final class Pushgateway implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on.*address=127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final URI uri;
    private final HttpClient client = HttpClient.newHttpClient();

    private Pushgateway(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    /** Starts one, or skips the test when the binary is not installed. */
    public static Pushgateway start() throws IOException {
        Path binary = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "prometheus-pushgateway")).filter(Files::isExecutable)
                .findFirst().orElse(null);
        assumeTrue(binary != null, "Skipped: prometheus-pushgateway is not on the PATH; install the Debian package "
                + "prometheus-pushgateway (.ci/run does) to test against the real gateway.");
        Process process = new ProcessBuilder(binary.toString(), "--web.listen-address=127.0.0.1:0", "--persistence.file=")
                .redirectErrorStream(true).start();
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
                return new Pushgateway(process, URI.create("http://127.0.0.1:" + listening.group(1)));
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
        return client.send(HttpRequest.newBuilder(uri.resolve("/metrics")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
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
