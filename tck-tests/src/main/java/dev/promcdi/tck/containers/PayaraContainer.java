package dev.promcdi.tck.containers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro (Weld and Jersey), with both archives deployed at boot, clustering and phone-home
 * off, and its HTTP listener bound to loopback by a pre-boot command.
 */
final class PayaraContainer extends OnePortContainer {

    private final Wars wars;
    private final Path jar;
    private final Path work;

    PayaraContainer(Wars wars) {
        this.wars = wars.checked();
        this.jar = Wars.existing("promcdi.tck.payara.jar");
        this.work = jar.getParent().resolve("payara-work");
    }

    @Override
    public void start() throws Exception {
        port = ServerProcess.freePort();
        Files.createDirectories(work);
        Path preBoot = Files.writeString(work.resolve("preboot.txt"),
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address"
                        + "=127.0.0.1\n");
        List<String> command = new ArrayList<>(List.of(Java.executable()));
        command.addAll(wars.jvmArguments());
        command.addAll(List.of("-jar", jar.toString(), "--nocluster", "--nohazelcast", "--disablephonehome", "--port",
                String.valueOf(port), "--prebootcommandfile", preBoot.toString(), "--deploy", wars.contract().toString(),
                "--deploy", wars.broken().toString()));
        process = ServerProcess.start("Payara Micro", command, work, work.resolve("payara.log"), Map.of());
        process.awaitOk(api().resolve("metrics"));
    }

    @Override
    public String log() throws Exception {
        return process.output();
    }

    @Override
    public void redeploy() {
        throw new UnsupportedOperationException("Payara Micro deploys its archives once, at boot.");
    }
}
