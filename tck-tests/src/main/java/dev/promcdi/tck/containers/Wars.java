package dev.promcdi.tck.containers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a container deploys: the two archives under test, and the system properties its JVM gets
 * (promcdi reads its configuration from them when no MicroProfile Config is present).
 *
 * @param contract {@code tck.war}
 * @param broken {@code tck-broken.war}
 * @param systemProperties set on the container's JVM before the archives deploy
 */
public record Wars(Path contract, Path broken, Map<String, String> systemProperties) {

    /** The archives in the directory {@code promcdi.tck.wars}, with no system properties yet. */
    public static Wars fromSystemProperties() {
        Path directory = Path.of(System.getProperty("promcdi.tck.wars", "target/wars"));
        return new Wars(directory.resolve("tck.war"), directory.resolve("tck-broken.war"), Map.of());
    }

    /** The same archives, deployed in a JVM with these system properties. */
    public Wars withSystemProperties(Map<String, String> properties) {
        return new Wars(contract, broken, Map.copyOf(properties));
    }

    /** The system properties as {@code -Dkey=value} arguments of a {@code java} command. */
    List<String> jvmArguments() {
        return systemProperties.entrySet().stream().map(property -> "-D" + property.getKey() + "=" + property.getValue())
                .sorted().toList();
    }

    /** The path a system property names, which must exist. */
    static Path existing(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.exists(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must name an existing path, not '"
                    + value + "'; run the tck through Maven (mvn verify -pl tck-tests), which fetches the servers.");
        }
        return Path.of(value);
    }

    /** Checks that both archives were built. */
    Wars checked() {
        for (Path war : new Path[] {contract, broken}) {
            if (!Files.isRegularFile(war)) {
                throw new IllegalStateException("No archive at " + war.toAbsolutePath()
                        + "; build it first with mvn package -pl tck-tests.");
            }
        }
        return this;
    }
}
