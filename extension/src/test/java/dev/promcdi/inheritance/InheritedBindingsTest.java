package dev.promcdi.inheritance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Scrape;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * A binding on a method the bean class inherits applies to the bean, as the container intercepts
 * it; an override without the annotation has none (method annotations are not inherited).
 */
@EnableWeld
class InheritedBindingsTest {

    @WeldSetup
    WeldInitiator weld = Containers.withFixtures(Savings.class);

    @Inject
    Savings savings;

    @Inject
    Scrape scrape;

    @Test
    void C1_aBindingOnAnInheritedMethodMeasuresTheSubclassesCalls() {
        savings.deposit();
        savings.deposit();

        assertEquals(2.0, scrape.value("accounts_deposits"));
    }

    @Test
    void C1_anOverrideWithoutTheAnnotationIsNotMeasured() {
        savings.audit();

        assertTrue(scrape.family("accounts_audit_seconds").isEmpty(), "no site for an override without @Time");
    }
}
