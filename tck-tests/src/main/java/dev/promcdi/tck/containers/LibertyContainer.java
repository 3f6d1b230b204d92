package dev.promcdi.tck.containers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Open Liberty (Weld and RESTEasy), installed by the liberty-maven-plugin with the features
 * {@code cdi-4.0} and {@code restfulWS-3.1}; both archives go to {@code dropins}, where
 * replacing {@code tck.war} redeploys it.
 */
final class LibertyContainer extends OnePortContainer {

    private static final String SERVER = "tck";

    private final Wars wars;
    private final Path home;
    private final Path server;

    LibertyContainer(Wars wars) {
        this.wars = wars.checked();
        this.home = Wars.existing("promcdi.tck.liberty.home");
        this.server = home.resolve("usr/servers/" + SERVER);
    }

    @Override
    public void start() throws Exception {
        port = ServerProcess.freePort();
        Files.writeString(server.resolve("bootstrap.properties"), "tck.http.port=" + port + "\n");
        Files.write(server.resolve("jvm.options"), wars.jvmArguments());
        Path dropins = Files.createDirectories(server.resolve("dropins"));
        Files.copy(wars.contract(), dropins.resolve("tck.war"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(wars.broken(), dropins.resolve("tck-broken.war"), StandardCopyOption.REPLACE_EXISTING);
        process = ServerProcess.start("Open Liberty", List.of(home.resolve("bin/server").toString(), "run", SERVER),
                home, server.resolve("logs/tck-console.log"), Map.of());
        process.awaitOk(api().resolve("metrics"));
    }

    @Override
    public String log() throws Exception {
        return outputAnd(server.resolve("logs/messages.log"));
    }

    @Override
    public void redeploy() throws Exception {
        int updatesBefore = count(log(), "CWWKZ0003I");
        Path deployed = server.resolve("dropins/tck.war");
        Files.copy(wars.contract(), deployed, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(deployed, FileTime.from(Instant.now()));
        process.await("report tck.war updated (CWWKZ0003I)", () -> count(log(), "CWWKZ0003I") > updatesBefore);
        process.awaitOk(api().resolve("metrics"));
    }

    private static int count(String text, String code) {
        return text.split(code, -1).length - 1;
    }

    @Override
    public void close() throws Exception {
        if (process != null) {
            Process stop = new ProcessBuilder(home.resolve("bin/server").toString(), "stop", SERVER)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            stop.waitFor();
            process.stop(true);
        }
    }
}
