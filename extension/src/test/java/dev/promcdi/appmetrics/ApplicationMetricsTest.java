package dev.promcdi.appmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * A name may refer to a metric the application builds itself and produces as a bean. The metrics
 * are static, so each test compares with the value before it.
 */
@EnableWeld
class ApplicationMetricsTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(Containers.weld(Metrics.class, Search.class)).build();

    @Inject
    Search search;

    @Inject
    PrometheusRegistry registry;

    @Test
    void timeObservesIntoTheApplicationsSummary() {
        long before = Metrics.LATENCY.getCount();

        search.find("cats");
        search.find("dogs");

        assertEquals(before + 2, Metrics.LATENCY.getCount());
    }

    @Test
    void labelledSitesFillTheApplicationsLabelsWhateverTheirOrder() {
        Scrape scrape = new Scrape(registry);
        long before = scrape.count("search_backend_seconds", "backend", "solr", "region", "eu");

        search.findInSolr("cats");

        assertEquals(before + 1, scrape.count("search_backend_seconds", "backend", "solr", "region", "eu"));
    }

    @Test
    void countersAndGaugesOfTheApplicationAreUsedAsTheyAre() {
        Scrape scrape = new Scrape(registry);
        double started = scrape.value("searches", "outcome", "started");
        double failed = scrape.value("searches", "outcome", "failed");

        search.findInSolr("cats");
        assertThrows(IllegalArgumentException.class, () -> search.findInSolr(""));

        assertEquals(started + 2, scrape.value("searches", "outcome", "started"));
        assertEquals(failed + 1, scrape.value("searches", "outcome", "failed"));
        assertEquals(0.0, Metrics.ACTIVE.get());
    }

    @Test
    void nothingElseIsRegisteredUnderTheseNames() {
        long families = registry.scrape().stream()
                .filter(family -> family.getMetadata().getName().startsWith("search")).count();

        assertEquals(4, families, "only the application's own four");
    }
}
