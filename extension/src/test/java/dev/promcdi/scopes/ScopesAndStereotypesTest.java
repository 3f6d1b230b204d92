package dev.promcdi.scopes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Fixtures;
import dev.promcdi.testing.Scrape;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** Bindings work on beans of passivating scopes and when a stereotype carries them. */
@EnableWeld
class ScopesAndStereotypesTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(Containers.weld(Fixtures.class, Cart.class, Catalog.class))
            .activate(SessionScoped.class).build();

    @Inject
    Cart cart;

    @Inject
    Catalog catalog;

    @Inject
    Scrape scrape;

    @Test
    void sessionScopedBeansDeployAndAreMeasured() {
        cart.add();
        assertEquals(2, cart.add());

        assertEquals(2.0, scrape.value("cart_updates"));
    }

    @Test
    void bindingsCarriedByAStereotypeApply() {
        catalog.browse();
        catalog.browse();

        assertEquals(2, scrape.count("service_seconds"));
        assertEquals(2.0, scrape.value("service_calls"));
        assertEquals("Service calls.", scrape.family("service_calls").orElseThrow().getMetadata().getHelp());
    }
}
