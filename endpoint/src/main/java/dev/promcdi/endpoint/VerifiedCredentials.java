package dev.promcdi.endpoint;

import dev.promcdi.spi.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Basic credentials bcrypt verified lately, kept as HMAC-SHA256 under a random key of this
 * instance (never the credential, nor a plain digest of it) for
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
    private final SecretKeySpec secret;

    VerifiedCredentials(Ticker ticker) {
        this.ticker = ticker;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, "HmacSHA256");
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

    /** An HMAC under a key of this instance, so that not even a heap dump gives a digest to brute-force. */
    private String key(String credentials) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return Base64.getEncoder().encodeToString(mac.doFinal(credentials.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) { // every JDK has HmacSHA256
            throw new IllegalStateException(impossible);
        }
    }
}
