package dev.promcdi.nullstage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Scrape;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** C6: a method returning null where a stage was declared counts as completed at return. */
@EnableWeld
class C6NullStageTest {

    @WeldSetup
    WeldInitiator weld = Containers.withFixtures(Mailbox.class);

    @Inject
    Mailbox mailbox;

    @Inject
    Scrape scrape;

    @Test
    void C6_nullStageIsCompletedAtReturn() {
        assertNull(mailbox.fetch(), "null is handed back as it is");
        assertNull(mailbox.fetchFuture());

        assertEquals(2, scrape.count("mailbox_fetch_seconds"));
        assertEquals(2.0, scrape.sum("mailbox_fetch_seconds"));
        assertEquals(1.0, scrape.value("mailbox_fetches"));
        assertEquals(0.0, scrape.value("mailbox_fetch_failures"), "null is not a failure");
        assertEquals(0.0, scrape.value("mailbox_fetches_in_progress"));
    }
}
