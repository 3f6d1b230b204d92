package dev.promcdi.bothstyles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.promcdi.testing.Fixtures;
import dev.promcdi.testing.Scrape;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.spi.Extension;
import java.util.List;
import java.util.ServiceLoader;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.lite.extension.translator.LiteExtensionTranslator;
import org.junit.jupiter.api.Test;

/**
 * promcdi's jar brings both extension styles; a CDI Full container, which could run both, runs
 * the portable one alone, so each binding is measured once.
 */
class BothExtensionStylesTest {

    @Test
    void C1_aFullContainerGivenBothStylesMeasuresEachCallOnce() {
        // What the jar's service files list, handed to the container as a server does.
        Weld weld = new Weld("both-styles").disableDiscovery().property("org.jboss.weld.se.shutdownHook", false)
                .addBeanClasses(Tally.class, Fixtures.class);
        ServiceLoader.load(Extension.class).forEach(weld::addExtension);
        List<Class<? extends BuildCompatibleExtension>> lite = ServiceLoader.load(BuildCompatibleExtension.class)
                .stream().map(ServiceLoader.Provider::type).toList();
        weld.addExtension(new LiteExtensionTranslator(lite, BothExtensionStylesTest.class.getClassLoader()));
        WeldContainer container = weld.initialize();
        try {
            container.select(Tally.class).get().add();

            Scrape scrape = container.select(Scrape.class).get();
            assertEquals(1.0, scrape.value("tally_adds"));
            assertEquals(1, scrape.count("tally_add_seconds"));
        } finally {
            container.shutdown();
        }
    }
}
