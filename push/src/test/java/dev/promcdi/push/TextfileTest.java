package dev.promcdi.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.push.internal.PushExtension;
import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Fixtures;
import dev.promcdi.testing.NodeExporter;
import dev.promcdi.testing.TestConfigSource;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.weld.environment.se.Weld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * T1, the textfile for node_exporter: written atomically, read back through a real
 * node_exporter's textfile collector over HTTP, from code and from configuration at shutdown.
 */
class TextfileTest {

    @TempDir
    Path directory;

    @AfterEach
    void clear() {
        TestConfigSource.VALUES.clear();
    }

    @Test
    void T1_nodeExporterServesWhatABatchJobWrote() throws Exception {
        PrometheusRegistry registry = new PrometheusRegistry();
        Counter.builder().name("import_records_total").help("Records imported.").labelNames("source")
                .register(registry).labelValues("crm").inc(42);

        Textfile.write(registry, directory.resolve("nightly_import.prom"));

        try (NodeExporter exporter = NodeExporter.start(directory)) {
            String served = exporter.metrics();
            assertTrue(served.contains("import_records_total{source=\"crm\"} 42"), served);
            assertTrue(served.contains("node_textfile_scrape_error 0"), served);
        }
    }

    @Test
    void T1_aSecondWriteReplacesTheFileAndLeavesNothingElseReadableByAll() throws Exception {
        PrometheusRegistry registry = new PrometheusRegistry();
        Counter records = Counter.builder().name("import_records_total").help("Records imported.").register(registry);
        Path file = directory.resolve("nightly_import.prom");
        records.inc(1);
        Textfile.write(registry, file);
        records.inc(2);

        Textfile.write(registry, file);

        assertTrue(Files.readString(file).contains("import_records_total 3.0"), Files.readString(file));
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void T1_aFileTheCollectorWouldNotReadIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Textfile.write(new PrometheusRegistry(), directory.resolve("metrics.txt")));

        assertTrue(refused.getMessage().contains("reads only *.prom files"), refused.getMessage());
    }

    @Test
    void T1_theRegistryIsWrittenWhenTheContainerStops() throws Exception {
        Path file = directory.resolve("batch.prom");
        TestConfigSource.VALUES.put("promcdi.textfile.path", file.toString());

        deployment().initialize().shutdown();

        try (NodeExporter exporter = NodeExporter.start(directory)) {
            String served = exporter.metrics();
            assertTrue(served.contains("jvm_threads_current"), served);
            assertTrue(served.contains("node_textfile_scrape_error 0"), served);
        }
    }

    @Test
    void T1_aPathOutsideAnExistingDirectoryFailsTheStartNamingTheKey() {
        TestConfigSource.VALUES.put("promcdi.textfile.path", directory.resolve("missing/batch.prom").toString());

        RuntimeException failure = assertThrows(RuntimeException.class, () -> deployment().initialize().shutdown());

        assertTrue(messages(failure).contains("promcdi.textfile.path"), messages(failure));
    }

    private static Weld deployment() {
        return Containers.weldWithModule(new PushExtension(), PushLiteOnly.class, Fixtures.class);
    }

    private static String messages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
