package dev.promcdi.tck.containers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * WildFly (Weld and RESTEasy), unpacked from {@code wildfly-dist} (Jakarta EE 10, on the JDK of the
 * tests), or WildFly Preview from {@code wildfly-preview-dist} (Jakarta EE 11: CDI 4.1 with Weld 6,
 * Jakarta REST 4.0; on JDK 25). Each run gets a fresh copy of
 * the distribution's {@code standalone} directory as its server base, both archives in its
 * {@code deployments} directory, and every socket on loopback and on a free port. The deployment
 * scanner's marker files undeploy and deploy {@code tck.war} again.
 */
final class WildFlyContainer extends OnePortContainer {

    private final Wars wars;
    private final Path home;
    private final Path javaHome;
    private final Path work;
    private final Path base;

    /**
     * @param homeProperty the system property naming the unpacked distribution
     * @param javaHome the JDK the server runs on
     */
    WildFlyContainer(Wars wars, String homeProperty, Path javaHome) {
        this.wars = wars.checked();
        this.home = Wars.existing(homeProperty);
        this.javaHome = javaHome;
        this.work = home.getParent().resolve(home.getFileName() + "-work");
        this.base = work.resolve("standalone");
    }

    @Override
    public void start() throws Exception {
        delete(work);
        Files.createDirectories(work);
        copy(home.resolve("standalone"), base);
        Path deployments = base.resolve("deployments");
        Files.copy(wars.contract(), deployments.resolve("tck.war"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(wars.broken(), deployments.resolve("tck-broken.war"), StandardCopyOption.REPLACE_EXISTING);
        port = ServerProcess.freePort();
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-b", "127.0.0.1", "-bmanagement", "127.0.0.1",
                "-Djboss.http.port=" + port, "-Djboss.https.port=" + ServerProcess.freePort(),
                "-Djboss.management.http.port=" + ServerProcess.freePort(),
                "-Djboss.management.https.port=" + ServerProcess.freePort()));
        command.addAll(wars.jvmArguments());
        process = ServerProcess.start("WildFly", command, work, work.resolve("console.log"),
                Map.of("LAUNCH_JBOSS_IN_BACKGROUND", "1", "JAVA_HOME", javaHome.toString()));
        awaitMarker("tck.war.deployed");
        process.awaitOk(api().resolve("metrics"));
    }

    @Override
    public String log() throws Exception {
        return outputAnd(base.resolve("log/server.log"));
    }

    @Override
    public void redeploy() throws Exception {
        Path deployments = base.resolve("deployments");
        Files.delete(deployments.resolve("tck.war.deployed"));
        awaitMarker("tck.war.undeployed");
        Files.createFile(deployments.resolve("tck.war.dodeploy"));
        awaitMarker("tck.war.deployed");
        process.awaitOk(api().resolve("metrics"));
    }

    /**
     * Waits for the deployment scanner to write the marker file {@code name}, failing if it
     * writes {@code tck.war.failed} instead: WildFly may still serve parts of a deployment it
     * reports as failed.
     */
    private void awaitMarker(String name) throws Exception {
        Path marker = base.resolve("deployments").resolve(name);
        Path failed = marker.resolveSibling("tck.war.failed");
        process.await("write the deployment marker " + name, () -> {
            if (Files.exists(failed)) {
                throw new IllegalStateException("WildFly failed to deploy tck.war: " + Files.readString(failed));
            }
            return Files.exists(marker);
        });
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(path -> {
                try {
                    Files.copy(path, to.resolve(from.relativize(path).toString()));
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
