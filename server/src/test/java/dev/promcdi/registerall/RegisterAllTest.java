package dev.promcdi.registerall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.discovery.MetricsEndpoint;
import dev.promcdi.discovery.Registration;
import dev.promcdi.discovery.ServiceDiscovery;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Registration.registerAll: one endpoint with several service discoveries, as one registration. */
class RegisterAllTest {

    final MetricsEndpoint endpoint = new MetricsEndpoint("http", "shop.internal", 9100, "/metrics");
    final List<String> events = new CopyOnWriteArrayList<>();

    @Test
    void allAreRegisteredInOrderAndUndoneLastFirst() {
        Registration all = Registration.registerAll(endpoint, List.of(recording("a"), recording("b")));

        assertTrue(all.isRegistered());
        all.deregister();

        assertEquals(List.of("register a", "register b", "deregister b", "deregister a"), events);
    }

    @Test
    void aDiscoveryThatFailsUndoesThoseBeforeItAndPassesTheFailureOn() {
        IllegalStateException refused = new IllegalStateException("agent down");
        ServiceDiscovery failing = endpoint -> {
            throw refused;
        };

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> Registration.registerAll(endpoint, List.of(recording("a"), failing, recording("c"))));

        assertSame(refused, thrown);
        assertEquals(List.of("register a", "deregister a"), events);
    }

    @Test
    void aDeregistrationThatFailsDoesNotKeepTheOthers() {
        ServiceDiscovery brokenUndo = endpoint -> new Registration() {
            @Override
            public boolean isRegistered() {
                return false;
            }

            @Override
            public void deregister() {
                throw new IllegalStateException("agent gone");
            }
        };
        Registration all = Registration.registerAll(endpoint, List.of(recording("a"), brokenUndo));

        all.deregister();

        assertEquals(List.of("register a", "deregister a"), events);
        assertFalse(all.isRegistered());
    }

    private ServiceDiscovery recording(String name) {
        return endpoint -> {
            events.add("register " + name);
            return new Registration() {
                private boolean registered = true;

                @Override
                public boolean isRegistered() {
                    return registered;
                }

                @Override
                public void deregister() {
                    registered = false;
                    events.add("deregister " + name);
                }
            };
        };
    }
}
