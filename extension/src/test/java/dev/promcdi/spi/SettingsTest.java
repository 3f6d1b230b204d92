package dev.promcdi.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings: where values come from, and how each invalid value becomes one problem naming its key. */
class SettingsTest {

    @Test
    void environmentVariablesUseMicroProfileConfigNames() {
        assertEquals("PROMCDI_JVM_METRICS_ENABLED", Settings.environmentName("promcdi.jvm-metrics.enabled"));
    }

    @Test
    void withoutMicroProfileConfigSystemPropertiesComeBeforeEnvironmentVariables() {
        assertEquals(Optional.of(System.getenv("PATH")), Settings.systemOrEnvironment("path"));
        System.setProperty("path", "from-property");
        try {
            assertEquals(Optional.of("from-property"), Settings.systemOrEnvironment("path"));
        } finally {
            System.clearProperty("path");
        }
    }

    @Test
    void flagsAcceptTrueAndFalseInAnyCaseAndDefaultWhenAbsent() {
        Settings settings = Settings.of(Map.of("a", "TRUE", "b", " false "));

        assertTrue(settings.flag("a", false));
        assertFalse(settings.flag("b", true));
        assertTrue(settings.flag("c", true));
        assertEquals(List.of(), settings.problems());
    }

    @Test
    void anInvalidValueIsAProblemNamingKeyValueAndWhatIsExpectedAndTheReaderGetsTheDefault() {
        Settings settings = Settings.of(Map.of("k", "1"));

        assertTrue(settings.flag("k", true));

        assertEquals(List.of("Invalid value '1' for configuration key k: expected true or false."), settings.problems());
    }

    @Test
    void everyInvalidValueIsKeptNotOnlyTheFirst() {
        Settings settings = Settings.of(Map.of("port", "70000", "interval", "soon", "buckets", "1,0.5",
                "format", "xml", "routes", "-1"));

        assertEquals(Optional.empty(), settings.port("port", false));
        assertEquals(Optional.empty(), settings.duration("interval"));
        assertEquals(Optional.empty(), settings.buckets("buckets"));
        assertEquals("text", settings.oneOf("format", "text", "text", "protobuf"));
        assertEquals(500, settings.positive("routes", 500));

        assertEquals(List.of(
                "Invalid value '70000' for configuration key port: expected a port number from 1 to 65535.",
                "Invalid value 'soon' for configuration key interval: expected a positive duration such as 500ms, 10s, 1m or 1h.",
                "Invalid value '1,0.5' for configuration key buckets: expected finite upper bounds in seconds, in increasing "
                        + "order, such as 0.01,0.1,1,10.",
                "Invalid value 'xml' for configuration key format: expected text or protobuf.",
                "Invalid value '-1' for configuration key routes: expected a whole number above 0."), settings.problems());
    }

    @Test
    void aMissingRequiredValueSaysItIsRequired() {
        Settings settings = Settings.of(Map.of());

        assertEquals(Optional.empty(), settings.required("promcdi.pushgateway.job", "the job name"));

        assertEquals(List.of("Configuration key promcdi.pushgateway.job is required: set it to the job name."),
                settings.problems());
    }

    @Test
    void durationsTakeConsulUnits() {
        Settings settings = Settings.of(Map.of("a", "500ms", "b", "10s", "c", "2m", "d", "1h", "zero", "0s",
                "huge", "99999999999999999999h"));

        assertEquals(Optional.of(Duration.ofMillis(500)), settings.duration("a"));
        assertEquals(Optional.of(Duration.ofSeconds(10)), settings.duration("b"));
        assertEquals(Optional.of(Duration.ofMinutes(2)), settings.duration("c"));
        assertEquals(Optional.of(Duration.ofHours(1)), settings.duration("d"));
        assertEquals(Optional.empty(), settings.duration("zero"));
        assertEquals(Optional.empty(), settings.duration("huge"));
        assertEquals(2, settings.problems().size(), settings.problems().toString());
    }

    @Test
    void readersOutsideADeploymentFailNamingEveryProblem() {
        Settings settings = Settings.of(Map.of("a", "maybe", "b", "x"));
        settings.flag("a", true);
        settings.flag("b", true);

        IllegalStateException thrown = assertThrows(IllegalStateException.class, settings::throwIfInvalid);

        assertEquals("promcdi cannot start: Invalid value 'maybe' for configuration key a: expected true or false. "
                + "Invalid value 'x' for configuration key b: expected true or false.", thrown.getMessage());
    }

    @Test
    void absentAndBlankValuesGiveTheDefaultWithoutAProblem() {
        Settings settings = Settings.of(Map.of("blank", "  "));

        assertFalse(settings.flag("absent", false));
        assertEquals(Optional.empty(), settings.string("blank"));
        assertEquals(Optional.empty(), settings.port("absent", true));
        assertEquals(List.of(), settings.problems());
    }

    @Test
    void anInvalidFlagGivesItsDefaultWhateverItIs() {
        assertFalse(Settings.of(Map.of("k", "yes")).flag("k", false));
    }

    @Test
    void portsRangeFromOneOrFromZeroWhenAnyFreePortIsAllowed() {
        Settings settings = Settings.of(Map.of("zero", "0", "top", "65535", "over", "65536"));

        assertEquals(Optional.of(0), settings.port("zero", true));
        assertEquals(Optional.of(65535), settings.port("top", false));
        assertEquals(List.of(), settings.problems());
        assertEquals(Optional.empty(), settings.port("zero", false));
        assertEquals(Optional.empty(), settings.port("over", true));
        assertEquals(2, settings.problems().size(), settings.problems().toString());
    }

    @Test
    void listsAreTrimmedWithoutEmptyElements() {
        assertEquals(List.of("a", "b"), Settings.of(Map.of("k", "a,, b ,")).list("k"));
    }

    @Test
    void bucketsMustIncreaseStrictly() {
        Settings settings = Settings.of(Map.of("good", "0.1, 1", "equal", "1,1"));

        assertArrayEquals(new double[] {0.1, 1}, settings.buckets("good").orElseThrow());
        assertEquals(Optional.empty(), settings.buckets("equal"));
        assertEquals(1, settings.problems().size());
    }

    @Test
    void givenValuesOfRequiredAndOneOfKeysAreReturned() {
        Settings settings = Settings.of(Map.of("job", "import", "format", "protobuf"));

        assertEquals(Optional.of("import"), settings.required("job", "the job"));
        assertEquals("protobuf", settings.oneOf("format", "text", "text", "protobuf"));
        assertEquals(List.of(), settings.problems());
    }

    @Test
    void aSecretComesFromItsKeyOrTrimmedFromTheFileItsFileKeyNames(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("token"), "  from-file\n");

        assertEquals(Optional.of("inline"), Settings.of(Map.of("t", "inline")).secret("t"));
        assertEquals(Optional.of("from-file"), Settings.of(Map.of("t-file", file.toString())).secret("t"));
        assertEquals(Optional.empty(), Settings.of(Map.of()).secret("t"));
    }

    @Test
    void aSecretsProblemsNameTheKeysAndTheFileButNeverTheSecret(@TempDir Path directory) throws Exception {
        Path empty = Files.writeString(directory.resolve("empty"), "\n");
        Settings both = Settings.of(Map.of("t", "hidden-value", "t-file", empty.toString()));
        Settings missing = Settings.of(Map.of("t-file", directory.resolve("absent").toString()));
        Settings blank = Settings.of(Map.of("t-file", empty.toString()));

        assertEquals(Optional.empty(), both.secret("t"));
        assertEquals(List.of("Configuration keys t and t-file are both set: set one of them."), both.problems());
        assertEquals(Optional.empty(), missing.secret("t"));
        assertEquals(List.of("The file " + directory.resolve("absent") + " named by configuration key t-file cannot be "
                + "read (NoSuchFileException): check the path and that the application may read it."), missing.problems());
        assertEquals(Optional.empty(), blank.secret("t"));
        assertEquals(List.of("The file " + empty + " named by configuration key t-file is empty: write the secret into it."),
                blank.problems());
    }

    @Test
    void aRejectedSecretIsNamedButNotShown() {
        Settings settings = Settings.of(Map.of("k", "hidden-value"));
        settings.rejectSecret("k", "a bcrypt hash");

        assertEquals(List.of("The value of configuration key k is invalid (not shown, it is a secret): expected a bcrypt hash."),
                settings.problems());
    }
}
