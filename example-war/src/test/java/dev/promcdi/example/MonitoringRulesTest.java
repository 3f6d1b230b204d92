package dev.promcdi.example;

import dev.promcdi.testing.Promtool;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Promtool.assertPasses(RULES, "test", "rules", "promcdi.rules.test.yml");
    }

    @Test
    void M1_theBindingsTemplateInstantiatedForTheShopPassesItsUnitTests(@TempDir Path directory) throws Exception {
        String template = Files.readString(RULES.resolve("bindings.rules.yml.template"));
        Files.writeString(directory.resolve("shop_invoices.rules.yml"), template.replace("CALLS", "shop_invoices_total")
                .replace("FAILURES", "shop_invoice_failures_total").replace("TIMED", "shop_backend_call_seconds")
                .replace("GROUP", "shop_invoices"));
        Files.copy(RULES.resolve("bindings.rules.test.yml"), directory.resolve("bindings.rules.test.yml"));

        Promtool.assertPasses(directory, "test", "rules", "bindings.rules.test.yml");
    }
}
