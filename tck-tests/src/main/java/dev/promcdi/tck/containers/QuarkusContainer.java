package dev.promcdi.tck.containers;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarkus in JVM mode (ArC, a CDI Lite container, and Quarkus REST): each application is a
 * runnable jar of its own, built in quarkus/, and runs as a process of its own on a port it
 * chooses and reports. The broken application's process must exit at start.
 */
final class QuarkusContainer implements Container {

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://127\\.0\\.0\\.1:(\\d+)");

    private final Wars wars;
    private final Path contract;
    private final Path broken;
    private final Path work;
    private ServerProcess application;
    private ServerProcess brokenApplication;
    private int port;
    private int brokenPort;

    QuarkusContainer(Wars wars) {
        this.wars = wars;
        this.contract = Wars.existing("promcdi.tck.quarkus.contract");
        this.broken = Wars.existing("promcdi.tck.quarkus.broken");
        this.work = Path.of(System.getProperty("java.io.tmpdir"));
    }

    @Override
    public void start() throws Exception {
        brokenPort = ServerProcess.freePort(); // nothing may listen there: its start must fail
        brokenApplication = launch("Quarkus (broken application)", broken, brokenPort, "quarkus-broken.log");
        brokenApplication.awaitExit(); // whether it failed, and why, is for the tests to say
        application = launch("Quarkus", contract, 0, "quarkus.log");
        application.await("report its port", () -> LISTENING.matcher(application.output()).find());
        Matcher listening = LISTENING.matcher(application.output());
        listening.find();
        port = Integer.parseInt(listening.group(1));
        application.awaitOk(api().resolve("metrics"));
    }

    private ServerProcess launch(String name, Path jar, int httpPort, String log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Java.executable()));
        command.addAll(wars.jvmArguments());
        command.addAll(List.of("-Dquarkus.http.port=" + httpPort, "-jar", jar.toString()));
        Path logFile = Path.of("target", "quarkus", log).toAbsolutePath();
        Files.deleteIfExists(logFile);
        return ServerProcess.start(name, command, work, logFile, Map.of());
    }

    @Override
    public URI api() {
        return URI.create("http://127.0.0.1:" + port + "/api/");
    }

    @Override
    public URI brokenApi() {
        return URI.create("http://127.0.0.1:" + brokenPort + "/api/");
    }

    @Override
    public String log() throws Exception {
        return application.output() + brokenApplication.output();
    }

    @Override
    public void redeploy() {
        throw new UnsupportedOperationException("A Quarkus application is its own JVM: it restarts, it is not redeployed.");
    }

    @Override
    public void close() throws Exception {
        if (application != null) {
            application.stop(false);
        }
        if (brokenApplication != null && brokenApplication.isAlive()) {
            brokenApplication.stop(false);
        }
    }
}
