package dev.promcdi.tck.containers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

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

    /**
     * Waits until the instance reports the deployment done or refused, or exits; says what the
     * broken application answered then, if anything.
     */
    private String awaitStarted(ServerProcess broken) throws Exception {
        try {
            Awaitility.await("the broken application deployed or refused").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(200)).until(() -> !broken.isAlive()
                            || broken.output().contains("Deployed Application(path=") || broken.output().contains("Unable to deploy"));
        } catch (ConditionTimeoutException late) {
            return "";
        }
        if (!broken.isAlive()) {
            return "";
        }
        try {
            HttpResponse<Void> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(brokenApi().resolve("ping")).build(), HttpResponse.BodyHandlers.discarding());
            return "The broken application answered " + answer.statusCode() + ".\n";
        } catch (java.io.IOException refused) {
            return "The broken application's instance refused the connection.\n";
        }
    }

    private ServerProcess launch(Path war, String context, int httpPort, String logName) throws Exception {
        List<String> command = new ArrayList<>(List.of(Java.executable()));
        command.addAll(wars.jvmArguments());
        command.addAll(List.of("-jar", jar.toString(), "--path", war.toString(), "--context", context, "--port",
                String.valueOf(httpPort), "--shutdown", String.valueOf(ServerProcess.freePort()), "--property",
                "connector.attributes.address=127.0.0.1"));
        return ServerProcess.start("TomEE", command, work, work.resolve(logName), Map.of());
    }

    @Override
    public URI api() {
        return ServerProcess.api(port, "tck");
    }

    @Override
    public URI brokenApi() {
        return ServerProcess.api(brokenPort, "tck-broken");
    }

    @Override
    public String log() throws Exception {
        return brokenOutput + process.output();
    }

    @Override
    public String knownGap(String test) {
        return switch (test) {
            case "C7_theReportNamesEverySite" -> "OpenWebBeans rejects an interceptor binding on a final method from the"
                    + " class itself, before any extension can report (promcdi strips it from the annotated type, which"
                    + " Weld honours), so its message names only that method.";
            case "H3_activeRequestsReturnToZeroAfterAnUnmappedException" -> "CXF 4.0 lets an unmapped exception"
                    + " escape to the servlet container without running response filters; Jakarta REST 3.1 (section"
                    + " 4.4, jaxrs-api#855) requires a default ExceptionMapper<Throwable> that would run them.";
            default -> null;
        };
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
