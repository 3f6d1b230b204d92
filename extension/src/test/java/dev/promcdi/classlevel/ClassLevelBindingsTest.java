package dev.promcdi.classlevel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Scrape;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** Bindings on a class apply to every business method; a method's own binding of a kind wins. */
@EnableWeld
class ClassLevelBindingsTest {

    @WeldSetup
    WeldInitiator weld = Containers.withFixtures(Billing.class, Subscriptions.class);

    @Inject
    Billing billing;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Scrape scrape;

    @Test
    void classBindingsApplyToEveryBusinessMethod() {
        billing.invoice();
        billing.refund();

        assertEquals(2.0, scrape.value("billing_calls"), "the class-level @Count applies to both");
    }

    @Test
    void aMethodsOwnBindingWinsOverTheClasssOfTheSameKind() {
        billing.invoice();
        billing.refund();
        billing.refund();

        assertEquals(1, scrape.count("billing_seconds"));
        assertEquals(2, scrape.count("billing_refund_seconds"));
    }

    @Test
    void subclassesInheritClassBindings() {
        subscriptions.renew();
        subscriptions.invoice();

        assertEquals(2, scrape.count("billing_seconds"));
        assertEquals(2.0, scrape.value("billing_calls"));
    }

    @Test
    void helpComesFromTheAnnotation() {
        assertEquals("Time spent billing.", scrape.family("billing_seconds").orElseThrow().getMetadata().getHelp());
    }
}
