package dev.promcdi.endpoint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** S1: a credential bcrypt verified is remembered for five minutes, and no more than 64 of them. */
class VerifiedCredentialsTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final VerifiedCredentials verified = new VerifiedCredentials(now::get);

    @Test
    void S1_aVerifiedCredentialIsRememberedForFiveMinutesOnly() {
        verified.add("Basic a");

        assertTrue(verified.contains("Basic a"));
        assertFalse(verified.contains("Basic b"), "only that credential");
        now.addAndGet(VerifiedCredentials.REMEMBERED.toNanos() - 1);
        assertTrue(verified.contains("Basic a"), "just before five minutes");
        now.addAndGet(1);
        assertFalse(verified.contains("Basic a"), "five minutes on, bcrypt verifies it again");
    }

    @Test
    void S1_atCapacityExpiredCredentialsGoFirstThenAll() {
        verified.add("Basic old");
        now.addAndGet(VerifiedCredentials.REMEMBERED.toNanos());
        for (int i = 1; i < VerifiedCredentials.CAPACITY; i++) {
            verified.add("Basic " + i);
        }
        verified.add("Basic new"); // at capacity: the expired one makes room
        assertTrue(verified.contains("Basic 1"), "unexpired ones stay while expired ones make room");
        verified.add("Basic newer"); // at capacity with none expired: start over

        assertFalse(verified.contains("Basic 1"));
        assertTrue(verified.contains("Basic newer"));
    }
}
