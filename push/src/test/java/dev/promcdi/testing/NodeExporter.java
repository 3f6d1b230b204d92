package dev.promcdi.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real node_exporter (Debian's {@code prometheus-node-exporter}) in a process of its own, on
 * loopback and a free port, with only the textfile collector, reading one directory.
 */
public final class NodeExporter implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("msg=\"Listening on\" address=127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final URI uri;
    private final HttpClient client = HttpClient.newHttpClient();

    private NodeExporter(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    /** Starts one reading {@code directory}; skips the test when node_exporter is not installed. */
    public static NodeExporter start(Path directory) throws IOException {
        Path binary = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, "prometheus-node-exporter")).filter(Files::isExecutable)
                .findFirst().orElse(null);
        assumeTrue(binary != null, "Skipped: prometheus-node-exporter is not on the PATH; install the Debian package "
                + "prometheus-node-exporter (.ci/run does) to read the textfile back through the real collector.");
        Process process = new ProcessBuilder(List.of(binary.toString(), "--web.listen-address=127.0.0.1:0",
                "--collector.disable-defaults", "--collector.textfile",
                "--collector.textfile.directory=" + directory)).redirectErrorStream(true).start();
        BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        log.transferTo(Writer.nullWriter());
                    } catch (IOException ended) {
                        // the exporter stopped
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new NodeExporter(process, URI.create("http://127.0.0.1:" + listening.group(1) + "/metrics"));
            }
        }
        process.destroy();
        throw new IOException("prometheus-node-exporter did not say where it listens.");
    }

    /** What node_exporter serves now, scraped over HTTP. */
    public String metrics() throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
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
