package dev.promcdi.generics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Scrape;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** A binding on a method that implements a generic one is measured however it is called. */
@EnableWeld
class GenericMethodsTest {

    @WeldSetup
    WeldInitiator weld = Containers.withFixtures(Users.class);

    @Inject
    Repository<String> repository;

    @Inject
    Users users;

    @Inject
    Scrape scrape;

    @Test
    void callsThroughTheGenericInterfaceAndTheClassAreBothMeasured() {
        repository.save("ada").toCompletableFuture().join();
        users.save("grace").toCompletableFuture().join();

        assertEquals(2, scrape.count("users_save_seconds"));
    }
}
