package dev.promcdi.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * M1, the monitoring mixin's rules ({@code monitoring/prometheus}): every recording rule and alert
 * of the request metrics, and the template for the bindings' metrics instantiated for the shop's
 * invoices, pass their unit tests in {@code promtool test rules} (series in, values and alerts out).
 */
class MonitoringRulesTest {

    static final Path RULES = Path.of("..", "monitoring", "prometheus");

    @Test
    void M1_theRequestRulesAndAlertsPassTheirUnitTests() throws Exception {
        assertPromtoolPasses(RULES, "test", "rules", "promcdi.rules.test.yml");
    }

    @Test
    void M1_theBindingsTemplateInstantiatedForTheShopPassesItsUnitTests(@TempDir Path directory) throws Exception {
        String template = Files.readString(RULES.resolve("bindings.rules.yml.template"));
        Files.writeString(directory.resolve("shop_invoices.rules.yml"), template.replace("CALLS", "shop_invoices_total")
                .replace("FAILURES", "shop_invoice_failures_total").replace("TIMED", "shop_backend_call_seconds")
                .replace("GROUP", "shop_invoices"));
        Files.copy(RULES.resolve("bindings.rules.test.yml"), directory.resolve("bindings.rules.test.yml"));

        assertPromtoolPasses(directory, "test", "rules", "bindings.rules.test.yml");
    }

    /** Runs promtool in {@code directory}; fails with its output unless it exits 0; skips without promtool. */
    static void assertPromtoolPasses(Path directory, String... arguments) throws Exception {
        Path promtool = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, "promtool")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(promtool != null, "Skipped: promtool is not on the PATH; install the Debian package prometheus "
                + "(.ci/run does) to unit-test the rules with it.");
        Path output = Files.createTempFile("promtool", ".txt");
        try {
            List<String> command = new ArrayList<>(List.of(promtool.toString()));
            command.addAll(List.of(arguments));
            Process run = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            boolean finished = run.waitFor(60, TimeUnit.SECONDS);
            if (!finished) {
                run.destroyForcibly();
            }
            String printed = Files.readString(output);
            assertTrue(finished, "promtool " + String.join(" ", arguments) + " did not finish within 60 s:\n" + printed);
            assertEquals(0, run.exitValue(), "promtool " + String.join(" ", arguments) + ":\n" + printed);
        } finally {
            Files.delete(output);
        }
    }
}
