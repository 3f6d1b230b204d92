package dev.promcdi.tck.app;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * S1, role mode: the application's own authentication, a pre-matching filter at
 * {@link Priorities#AUTHENTICATION} as applications write them, which must run before promcdi's
 * metrics endpoint reads the {@link SecurityContext}. {@value #SCRAPER} has the role
 * {@value #ROLE}; {@value #INTRUDER} is a user without it. The same on every JAX-RS runtime,
 * where a container's user registry would differ per server.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ScraperAuthentication implements ContainerRequestFilter {

    /** The role that may read the metrics ({@code promcdi.metrics.auth.role}). */
    public static final String ROLE = "metrics-reader";
    /** A user with the role. */
    public static final String SCRAPER = "scraper";
    /** A user without it. */
    public static final String INTRUDER = "intruder";
    /** Both users' password. */
    public static final String PASSWORD = "tck-password";

    private static final Map<String, Set<String>> ROLES = Map.of(SCRAPER, Set.of(ROLE), INTRUDER, Set.of());

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return;
        }
        String[] credentials = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8)
                .split(":", 2);
        if (credentials.length == 2 && ROLES.containsKey(credentials[0]) && credentials[1].equals(PASSWORD)) {
            String user = credentials[0];
            boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
            request.setSecurityContext(new SecurityContext() {
                @Override
                public Principal getUserPrincipal() {
                    return () -> user;
                }

                @Override
                public boolean isUserInRole(String role) {
                    return ROLES.get(user).contains(role);
                }

                @Override
                public boolean isSecure() {
                    return secure;
                }

                @Override
                public String getAuthenticationScheme() {
                    return SecurityContext.BASIC_AUTH;
                }
            });
        }
    }

    /** The {@code Authorization} value of a user. */
    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
