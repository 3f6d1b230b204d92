package dev.promcdi.tck.containers;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two archives under test and the distributions Maven fetched, named by system properties
 * that the build sets.
 *
 * @param contract {@code tck.war}
 * @param broken {@code tck-broken.war}
 */
public record Wars(Path contract, Path broken) {

    /** The archives in the directory {@code promcdi.tck.wars}. */
    public static Wars fromSystemProperties() {
        Path directory = Path.of(System.getProperty("promcdi.tck.wars", "target/wars"));
        return new Wars(directory.resolve("tck.war"), directory.resolve("tck-broken.war"));
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
