package dev.promcdi.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.spi.Settings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** S2: protection configured wrongly is reported with every key named and no secret shown. */
class ScrapeAccessTest {

    private static final String HASH = "$2y$04$abcdefghijklmnopqrstuuN0DZGm6Fkh6BgIvz4X5ykqB/bmr2Mu2";
    private static final String PREFIX = "promcdi.metrics.auth";
    private static final String ROLE = "promcdi.metrics.auth.role";

    @Test
    void S2_nothingSetIsOpen() {
        assertTrue(ScrapeAccess.fromSettings(Settings.of(Map.of()), PREFIX, ROLE).isOpen());
    }

    @Test
    void S2_aUserWithoutAHashAndAHashWithoutAUserAreProblems() {
        Settings userOnly = Settings.of(Map.of(PREFIX + ".basic.user", "prometheus"));
        Settings hashOnly = Settings.of(Map.of(PREFIX + ".basic.password-hash", HASH));

        assertTrue(ScrapeAccess.fromSettings(userOnly, PREFIX, ROLE).isOpen());
        assertEquals(List.of("Configuration key promcdi.metrics.auth.basic.user is set without "
                + "promcdi.metrics.auth.basic.password-hash: set the bcrypt hash of the password too "
                + "(htpasswd -nbBC 10 '' password | cut -c 2-)."), userOnly.problems());
        ScrapeAccess.fromSettings(hashOnly, PREFIX, ROLE);
        assertEquals(List.of("Configuration key promcdi.metrics.auth.basic.password-hash is set without "
                + "promcdi.metrics.auth.basic.user: set the user name too."), hashOnly.problems());
    }

    @Test
    void S2_aPasswordInPlaceOfItsHashIsAProblemThatDoesNotShowIt() {
        Settings settings = Settings.of(Map.of(PREFIX + ".basic.user", "prometheus",
                PREFIX + ".basic.password-hash", "my-clear-password"));

        ScrapeAccess.fromSettings(settings, PREFIX, ROLE);

        assertEquals(1, settings.problems().size());
        assertTrue(settings.problems().get(0).contains("promcdi.metrics.auth.basic.password-hash"), settings.problems().get(0));
        assertFalse(settings.problems().get(0).contains("my-clear-password"), settings.problems().get(0));
    }

    @Test
    void S2_aRoleAndCredentialsTogetherAreAProblem() {
        Settings settings = Settings.of(Map.of(ROLE, "metrics", PREFIX + ".bearer.token", "t"));

        assertTrue(ScrapeAccess.fromSettings(settings, PREFIX, ROLE).isOpen());
        assertEquals(List.of("Configuration key promcdi.metrics.auth.role is set together with promcdi.metrics.auth.basic.* "
                + "or promcdi.metrics.auth.bearer.token: protect the endpoint by the container's authentication or by "
                + "credentials, not both."), settings.problems());
    }

    @Test
    void S2_secretsNeverShowInToStringOrErrors() {
        ScrapeAccess access = ScrapeAccess.builder().basic("prometheus", HASH).bearerToken("the-token").build();
        IllegalArgumentException notAHash = assertThrows(IllegalArgumentException.class,
                () -> ScrapeAccess.builder().basic("prometheus", "my-clear-password"));

        assertEquals("ScrapeAccess[basic, bearer]", access.toString());
        assertFalse(notAHash.getMessage().contains("my-clear-password"), notAHash.getMessage());
    }

    @Test
    void S2_aBuilderWithoutAWayInOrWithRoleAndCredentialsIsRefused() {
        assertThrows(IllegalStateException.class, () -> ScrapeAccess.builder().build());
        assertThrows(IllegalStateException.class, () -> ScrapeAccess.builder().role("r").bearerToken("t").build());
    }

    @Test
    void S1_validSettingsProtect() {
        ScrapeAccess basic = ScrapeAccess.fromSettings(Settings.of(Map.of(PREFIX + ".basic.user", "prometheus",
                PREFIX + ".basic.password-hash", HASH)), PREFIX, ROLE);
        ScrapeAccess bearer = ScrapeAccess.fromSettings(Settings.of(Map.of(PREFIX + ".bearer.token", "t")), PREFIX, ROLE);
        ScrapeAccess role = ScrapeAccess.fromSettings(Settings.of(Map.of(ROLE, "metrics")), PREFIX, ROLE);

        assertFalse(basic.isOpen());
        assertEquals("ScrapeAccess[basic]", basic.toString());
        assertEquals(Optional.empty(), bearer.check(List.of("Bearer t"), ScrapeAccess.Caller.ANONYMOUS));
        assertEquals(Optional.of("metrics"), role.role());
    }

    @Test
    void S1_aRoleLetsInTheAuthenticatedUserWhoHasIt() {
        ScrapeAccess access = ScrapeAccess.builder().role("metrics").build();

        assertEquals(Optional.empty(), access.check(List.of(), caller(true, "metrics")));
        assertEquals(Optional.of(ScrapeAccess.Refusal.FORBIDDEN), access.check(List.of(), caller(true, "other")));
        assertEquals(Optional.of(ScrapeAccess.Refusal.MISSING), access.check(List.of("Basic x"), ScrapeAccess.Caller.ANONYMOUS));
        assertEquals("Basic realm=\"metrics\", charset=\"UTF-8\"", access.challenge());
    }

    @Test
    void S1_aTokenOnlyEndpointChallengesForABearerToken() {
        ScrapeAccess access = ScrapeAccess.builder().bearerToken("t").build();

        assertEquals("Bearer realm=\"metrics\"", access.challenge());
        assertEquals(Optional.of(ScrapeAccess.Refusal.SCHEME), access.check(List.of("Basic eDp5"), ScrapeAccess.Caller.ANONYMOUS));
        assertEquals(Optional.of(ScrapeAccess.Refusal.INVALID), access.check(List.of("Bearer"), ScrapeAccess.Caller.ANONYMOUS));
    }

    @Test
    void S1_anAuthorizationOfExactlyTheLimitIsRead() {
        ScrapeAccess access = ScrapeAccess.builder().bearerToken("t").build();
        String atLimit = "Bearer " + "x".repeat(ScrapeAccess.MAX_AUTHORIZATION_LENGTH - 7);

        assertEquals(Optional.of(ScrapeAccess.Refusal.INVALID), access.check(List.of(atLimit), ScrapeAccess.Caller.ANONYMOUS));
        assertEquals(Optional.of(ScrapeAccess.Refusal.TOO_LONG), access.check(List.of(atLimit + "x"), ScrapeAccess.Caller.ANONYMOUS));
    }

    private static ScrapeAccess.Caller caller(boolean authenticated, String role) {
        return new ScrapeAccess.Caller() {
            @Override
            public boolean isAuthenticated() {
                return authenticated;
            }

            @Override
            public boolean isInRole(String asked) {
                return asked.equals(role);
            }
        };
    }

    @Test
    void S2_aHashWithACostBcryptCannotTakeIsRefused() {
        String tooCheap = "$2y$03$" + HASH.substring(7);
        String tooDear = "$2y$32$" + HASH.substring(7);

        assertThrows(IllegalArgumentException.class, () -> ScrapeAccess.builder().basic("prometheus", tooCheap));
        assertThrows(IllegalArgumentException.class, () -> ScrapeAccess.builder().basic("prometheus", tooDear));
        ScrapeAccess.builder().basic("prometheus", "$2y$31$" + HASH.substring(7)); // the dearest bcrypt takes
    }
}
