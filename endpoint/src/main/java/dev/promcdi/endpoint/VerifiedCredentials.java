package dev.promcdi.endpoint;

import dev.promcdi.spi.Ticker;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Basic credentials bcrypt verified lately, kept as SHA-256 digests (never the credential) for
 * {@link #REMEMBERED}, at most {@link #CAPACITY} of them, so that a scraper pays bcrypt's cost
 * once per five minutes rather than per scrape. Only verified credentials are kept: a wrong
 * password costs bcrypt every time.
 */
final class VerifiedCredentials {

    /** How long a verified credential is remembered. */
    static final Duration REMEMBERED = Duration.ofMinutes(5);
    /** How many are remembered at most: scrapers, not users. */
    static final int CAPACITY = 64;

    private final Map<String, Long> expiries = new ConcurrentHashMap<>();
    private final Ticker ticker;

    VerifiedCredentials(Ticker ticker) {
        this.ticker = ticker;
    }

    boolean contains(String credentials) {
        Long expiry = expiries.get(key(credentials));
        return expiry != null && expiry - ticker.read() > 0;
    }

    void add(String credentials) {
        long now = ticker.read();
        if (expiries.size() >= CAPACITY) {
            expiries.values().removeIf(expiry -> expiry - now <= 0);
            if (expiries.size() >= CAPACITY) {
                expiries.clear();
            }
        }
        expiries.put(key(credentials), now + REMEMBERED.toNanos());
    }

    private static String key(String credentials) {
        return Base64.getEncoder().encodeToString(ScrapeAccess.digest(credentials));
    }
}
