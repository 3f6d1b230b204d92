package dev.promcdi.tck.containers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * TomEE 10 embedded (OpenWebBeans and CXF). Its launcher serves one archive, so the broken one
 * gets a short-lived instance of its own at start, whose output is kept for {@link #log()}.
 */
final class TomeeContainer implements Container {

    private final Wars wars;
    private final Path jar;
    private final Path work;
    private ServerProcess process;
    private String brokenOutput = "";
    private int port;
    private int brokenPort;

    TomeeContainer(Wars wars) {
        this.wars = wars.checked();
        this.jar = Wars.existing("promcdi.tck.tomee.jar");
        this.work = jar.getParent().resolve("tomee-work");
    }

    @Override
    public void start() throws Exception {
        Files.createDirectories(work);
        deployBroken();
        port = ServerProcess.freePort();
        process = launch(wars.contract(), "tck", port, "tomee.log");
        process.awaitOk(api().resolve("metrics"));
    }

    private void deployBroken() throws Exception {
        brokenPort = ServerProcess.freePort();
        ServerProcess broken = launch(wars.broken(), "tck-broken", brokenPort, "tomee-broken.log");
        String answer = "";
        try {
            answer = awaitStarted(broken);
        } finally {
            broken.stop(false);
            brokenOutput = answer + broken.output();
        }
    }

    /** Waits until the instance answers or exits; says what the broken application answered, if anything. */
    private String awaitStarted(ServerProcess broken) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (broken.isAlive() && System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(brokenApi().resolve("ping")).build(),
                        HttpResponse.BodyHandlers.ofString());
                return "The broken application answered " + answer.statusCode() + ": " + answer.body() + "\n";
            } catch (java.io.IOException notYet) {
                Thread.sleep(200);
            }
        }
        return "";
    }

    private ServerProcess launch(Path war, String context, int httpPort, String logName) throws Exception {
        return ServerProcess.start("TomEE", List.of(Java.executable(), "-jar", jar.toString(), "--path", war.toString(),
                "--context", context, "--port", String.valueOf(httpPort), "--shutdown",
                String.valueOf(ServerProcess.freePort()), "--property", "connector.attributes.address=127.0.0.1"),
                work, work.resolve(logName), Map.of());
    }

    @Override
    public URI api() {
        return URI.create("http://127.0.0.1:" + port + "/tck/api/");
    }

    @Override
    public URI brokenApi() {
        return URI.create("http://127.0.0.1:" + brokenPort + "/tck-broken/api/");
    }

    @Override
    public String log() throws Exception {
        return brokenOutput + process.output();
    }

    @Override
    public void redeploy() {
        throw new UnsupportedOperationException("The TomEE embedded launcher deploys its archive once, at boot.");
    }

    @Override
    public void close() throws Exception {
        if (process != null) {
            process.stop(false);
        }
    }
}
