package dev.promcdi.tck.containers;

import java.net.URI;
import java.nio.file.Path;

/**
 * One runtime the contract is checked on. It serves the contract application ({@code tck.war})
 * at {@code /tck} and tries to deploy the broken one ({@code tck-broken.war}) beside it.
 */
public interface Container {

    /** Starts the runtime with both applications; returns once the contract application answers. */
    void start() throws Exception;

    /** The base of the contract application's JAX-RS resources, ending in a slash. */
    URI api();

    /** The base of the broken application's JAX-RS resources, ending in a slash. */
    URI brokenApi();

    /** Everything the runtime logged so far. */
    String log() throws Exception;

    /** Undeploys the contract application and deploys it again; returns once it answers. */
    void redeploy() throws Exception;

    /**
     * Why this runtime cannot pass the named test, with the runtime's own bug; null when it should
     * pass. Such a test is skipped with that reason rather than weakened for every runtime.
     */
    default String knownGap(String test) {
        return null;
    }

    /** Stops the runtime and waits until it is gone. */
    void close() throws Exception;

    /** The container a failsafe execution names in {@code promcdi.tck.container}. */
    static Container named(String name, Wars wars) {
        return switch (name) {
            case "embedded" -> new EmbeddedContainer(wars);
            case "liberty" -> new LibertyContainer(wars);
            case "payara" -> new PayaraContainer(wars);
            case "tomee" -> new TomeeContainer(wars);
            case "wildfly" -> new WildFlyContainer(wars, "promcdi.tck.wildfly.home", Path.of(System.getProperty("java.home")));
            case "wildfly-preview" -> new WildFlyContainer(wars, "promcdi.tck.wildfly-preview.home",
                    Wars.existing("promcdi.tck.jdk25.home"));
            case "quarkus" -> new QuarkusContainer(wars);
            default -> throw new IllegalArgumentException("Unknown container '" + name
                    + "' in promcdi.tck.container; use embedded, liberty, payara, tomee, wildfly, wildfly-preview or quarkus.");
        };
    }
}
