package dev.promcdi.endpoint;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.promcdi.spi.Settings;
import dev.promcdi.spi.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who may read a metrics endpoint: anyone, or a scraper that sends one of the credentials
 * Prometheus' scrape configurations send ({@code basic_auth} checked against a bcrypt hash, as the
 * exporter toolkit's {@code web.config.file} does; {@code authorization} with a bearer token,
 * compared in constant time), or a user in a role of the container's own authentication.
 *
 * <pre>{@code
 * ScrapeAccess access = ScrapeAccess.builder().basic("prometheus", "$2y$10$...").build();
 * }</pre>
 *
 * <p>bcrypt is slow on purpose (tens of milliseconds); a verified Basic credential is remembered,
 * as its SHA-256 digest, for {@linkplain VerifiedCredentials five minutes}, so a scraper pays that
 * once per five minutes, not per scrape.
 */
public final class ScrapeAccess {

    /** The longest {@code Authorization} header read; longer ones are refused unread. */
    public static final int MAX_AUTHORIZATION_LENGTH = 4096;

    /** {@code $2a$}, {@code $2b$} or {@code $2y$}, a cost bcrypt takes (4 to 31), salt and hash. */
    private static final Pattern BCRYPT_HASH = Pattern.compile("\\$2[aby]\\$(0[4-9]|[12]\\d|3[01])\\$[./A-Za-z0-9]{53}");
    private static final ScrapeAccess OPEN = new ScrapeAccess(null, null, null, null);

    private final byte[] user;
    private final String passwordHash;
    private final byte[] token;
    private final String role;
    private final VerifiedCredentials verified = new VerifiedCredentials(Ticker.SYSTEM);

    private ScrapeAccess(byte[] user, String passwordHash, byte[] token, String role) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.token = token;
        this.role = role;
    }

    /**
     * Everyone may read the metrics: the default.
     *
     * @return open access
     */
    public static ScrapeAccess open() {
        return OPEN;
    }

    /**
     * Starts protected access; at least one way in must be given.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The access that settings under {@code prefix} describe: {@code prefix.basic.user} with
     * {@code prefix.basic.password-hash} (or {@code -file}), {@code prefix.bearer.token} (or
     * {@code -file}), and, where {@code roleKey} is given, a role. Every invalid or contradicting
     * key is kept as a problem of {@code settings}, without showing a secret.
     *
     * @param settings the settings to read
     * @param prefix for example {@code promcdi.metrics.auth}
     * @param roleKey the key of the role, or null where no container authentication exists
     * @return the access; open when nothing is set, and also when a value is invalid: a caller
     *     must fail on {@code settings.problems()} ({@link Settings#throwIfInvalid()}), as
     *     promcdi's own endpoints do, rather than serve with it
     */
    public static ScrapeAccess fromSettings(Settings settings, String prefix, String roleKey) {
        String userKey = prefix + ".basic.user";
        String hashKey = prefix + ".basic.password-hash";
        String tokenKey = prefix + ".bearer.token";
        Optional<String> user = settings.string(userKey);
        Optional<String> hash = settings.secret(hashKey);
        Optional<String> token = settings.secret(tokenKey);
        Optional<String> role = roleKey == null ? Optional.empty() : settings.string(roleKey);
        int problems = settings.problems().size();
        if (user.isPresent() != hash.isPresent()) {
            settings.problem(user.isPresent()
                    ? "Configuration key " + userKey + " is set without " + hashKey + ": set the bcrypt hash of the "
                            + "password too (htpasswd -nbBC 10 '' password | cut -c 2-)."
                    : "Configuration key " + hashKey + " is set without " + userKey + ": set the user name too.");
        }
        if (hash.isPresent() && !BCRYPT_HASH.matcher(hash.get()).matches()) {
            settings.rejectSecret(hashKey, "a bcrypt hash ($2a$, $2b$ or $2y$, 60 characters), never the password itself");
        }
        if (role.isPresent() && (user.isPresent() || token.isPresent())) {
            settings.problem("Configuration key " + roleKey + " is set together with " + prefix + ".basic.* or "
                    + tokenKey + ": protect the endpoint by the container's authentication or by credentials, not both.");
        }
        if (settings.problems().size() > problems || user.isEmpty() && token.isEmpty() && role.isEmpty()) {
            return OPEN;
        }
        return new ScrapeAccess(user.map(ScrapeAccess::digest).orElse(null), hash.orElse(null),
                token.map(ScrapeAccess::digest).orElse(null), role.orElse(null));
    }

    /**
     * Tells whether anyone may read the metrics.
     *
     * @return true when no credential and no role is required
     */
    public boolean isOpen() {
        return user == null && token == null && role == null;
    }

    /**
     * The role of the container's authentication that may read the metrics, if access is by role.
     *
     * @return the role, or empty
     */
    public Optional<String> role() {
        return Optional.ofNullable(role);
    }

    /**
     * Decides on a request.
     *
     * @param authorization the request's {@code Authorization} lines; null or empty when it sent none
     * @param caller who the container authenticated, for the role
     * @return empty when the request may read the metrics, else why not
     */
    Optional<Refusal> check(List<String> authorization, Caller caller) {
        if (isOpen()) {
            return Optional.empty();
        }
        if (role != null) {
            if (!caller.isAuthenticated()) {
                return Optional.of(Refusal.MISSING);
            }
            return caller.isInRole(role) ? Optional.empty() : Optional.of(Refusal.FORBIDDEN);
        }
        if (authorization == null || authorization.isEmpty()) {
            return Optional.of(Refusal.MISSING);
        }
        if (authorization.size() > 1) {
            return Optional.of(Refusal.SEVERAL);
        }
        String credentials = authorization.get(0).trim();
        if (credentials.length() > MAX_AUTHORIZATION_LENGTH) {
            return Optional.of(Refusal.TOO_LONG);
        }
        int space = credentials.indexOf(' ');
        String scheme = (space < 0 ? credentials : credentials.substring(0, space)).toLowerCase(Locale.ROOT);
        String value = space < 0 ? "" : credentials.substring(space + 1).trim();
        if (scheme.equals("basic") && user != null) {
            return basic(credentials, value) ? Optional.empty() : Optional.of(Refusal.INVALID);
        }
        if (scheme.equals("bearer") && token != null) {
            return MessageDigest.isEqual(digest(value), token) ? Optional.empty() : Optional.of(Refusal.INVALID);
        }
        return Optional.of(Refusal.SCHEME);
    }

    /** The challenge of a 401: the scheme this endpoint expects, as RFC 9110 11.6.1 wants. */
    String challenge() {
        return user != null || role != null ? "Basic realm=\"metrics\", charset=\"UTF-8\"" : "Bearer realm=\"metrics\"";
    }

    private boolean basic(String credentials, String value) {
        if (verified.contains(credentials)) {
            return true;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean userMatches = MessageDigest.isEqual(digest(decoded.substring(0, colon)), user);
        boolean passwordMatches;
        try {
            passwordMatches = BCrypt.verifyer().verify(decoded.substring(colon + 1).toCharArray(), passwordHash).verified;
        } catch (IllegalArgumentException unverifiable) { // a password bcrypt cannot take, such as one over 72 bytes
            passwordMatches = false;
        }
        if (userMatches && passwordMatches) {
            verified.add(credentials);
            return true;
        }
        return false;
    }

    /** SHA-256, so that comparisons take as long whatever the lengths. */
    static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) { // every JDK has SHA-256
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String toString() {
        List<String> ways = new ArrayList<>();
        if (user != null) {
            ways.add("basic");
        }
        if (token != null) {
            ways.add("bearer");
        }
        if (role != null) {
            ways.add("role " + role);
        }
        return "ScrapeAccess[" + (ways.isEmpty() ? "open" : String.join(", ", ways)) + "]"; // never a secret
    }

    /** Who the container authenticated for a request, for access by role. */
    public interface Caller {

        /** No one: for stacks without authentication of their own. */
        Caller ANONYMOUS = new Caller() {
            @Override
            public boolean isAuthenticated() {
                return false;
            }

            @Override
            public boolean isInRole(String role) {
                return false;
            }
        };

        /**
         * Tells whether the container authenticated the request.
         *
         * @return true when there is a user
         */
        boolean isAuthenticated();

        /**
         * Tells whether the authenticated user has a role.
         *
         * @param role the role
         * @return true when the user has it
         */
        boolean isInRole(String role);
    }

    /** Why a request may not read the metrics: the answer, and the {@code reason} label it is counted under. */
    enum Refusal {
        MISSING(401, "missing", "Credentials are required to read the metrics."),
        INVALID(401, "invalid", "The credentials sent are not valid for the metrics."),
        SCHEME(401, "scheme", "The Authorization scheme sent is not accepted for the metrics."),
        SEVERAL(400, "malformed", "Send one Authorization header; this request sent several."),
        TOO_LONG(400, "malformed", "The Authorization header is longer than " + MAX_AUTHORIZATION_LENGTH
                + " characters, more than any credential accepted here."),
        FORBIDDEN(403, "forbidden", "The authenticated user is not in the role that may read the metrics.");

        final int status;
        final String label;
        final String reason;

        Refusal(int status, String label, String reason) {
            this.status = status;
            this.label = label;
            this.reason = reason;
        }
    }

    /** Builds a {@link ScrapeAccess}. */
    public static final class Builder {

        private String user;
        private String passwordHash;
        private String token;
        private String role;

        private Builder() {
        }

        /**
         * Lets in a scraper that sends this user and a password matching the bcrypt hash, as
         * Prometheus' {@code basic_auth} does.
         *
         * @param user the user name
         * @param bcryptHash the bcrypt hash of the password ({@code $2a$}, {@code $2b$} or {@code $2y$})
         * @return this builder
         * @throws IllegalArgumentException when the hash is not a bcrypt hash; the message does not show it
         */
        public Builder basic(String user, String bcryptHash) {
            this.user = Objects.requireNonNull(user, "The user is null.");
            Objects.requireNonNull(bcryptHash, "The bcrypt hash is null.");
            if (!BCRYPT_HASH.matcher(bcryptHash).matches()) {
                throw new IllegalArgumentException("The password hash given for user " + user + " is not a bcrypt hash "
                        + "($2a$, $2b$ or $2y$, 60 characters); pass the hash, never the password.");
            }
            this.passwordHash = bcryptHash;
            return this;
        }

        /**
         * Lets in a scraper that sends {@code Authorization: Bearer <token>}, as Prometheus'
         * {@code authorization} does.
         *
         * @param token the token
         * @return this builder
         */
        public Builder bearerToken(String token) {
            Objects.requireNonNull(token, "The token is null.");
            if (token.isBlank()) {
                throw new IllegalArgumentException("The bearer token is blank; pass the token the scraper sends.");
            }
            this.token = token.trim();
            return this;
        }

        /**
         * Lets in a user the container authenticated and who has this role; excludes credentials
         * checked here.
         *
         * @param role the role
         * @return this builder
         */
        public Builder role(String role) {
            this.role = Objects.requireNonNull(role, "The role is null.");
            return this;
        }

        /**
         * The access.
         *
         * @return the access
         * @throws IllegalStateException when no way in or both a role and credentials were given
         */
        public ScrapeAccess build() {
            if (user == null && token == null && role == null) {
                throw new IllegalStateException("No way in was given; call basic, bearerToken or role, or use ScrapeAccess.open().");
            }
            if (role != null && (user != null || token != null)) {
                throw new IllegalStateException("A role and credentials were both given; protect the endpoint by the "
                        + "container's authentication or by credentials, not both.");
            }
            return new ScrapeAccess(user == null ? null : digest(user), passwordHash, token == null ? null : digest(token), role);
        }
    }
}
