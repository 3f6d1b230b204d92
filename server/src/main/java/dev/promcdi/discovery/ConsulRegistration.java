package dev.promcdi.discovery;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One endpoint registered with a Consul agent, kept registered by a background thread: retries
 * with backoff while the agent is down or refusing, and looks periodically whether the agent
 * still knows the service. Messages name the agent and the service, never the token.
 */
final class ConsulRegistration implements Registration {

    private static final System.Logger LOG = System.getLogger(ConsulAgent.class.getName());

    private final ConsulAgent agent;
    private final MetricsEndpoint endpoint;
    private final String serviceId;
    private final HttpClient client;
    private final ScheduledExecutorService background;
    private volatile boolean registered;
    private volatile boolean closed;
    private Duration backoff;

    ConsulRegistration(ConsulAgent agent, MetricsEndpoint endpoint, String serviceId) {
        this.agent = agent;
        this.endpoint = endpoint;
        this.serviceId = serviceId;
        this.backoff = agent.initialBackoff;
        this.client = agent.newClient();
        this.background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "promcdi-consul-" + serviceId);
            thread.setDaemon(true); // never keeps the JVM alive
            return thread;
        });
    }

    /** The first attempt, on the caller's thread; then the background takes over. */
    void start() {
        String failure = tryRegister();
        if (failure != null && agent.required) {
            background.shutdownNow();
            throw new IllegalStateException("Consul agent " + agent.agent + " did not register service " + serviceId
                    + ": " + failure + ". Start the agent, or set required=false to retry in the background.");
        }
        if (failure == null) {
            scheduleRecheck();
        } else {
            LOG.log(Level.WARNING, () -> "Consul agent " + agent.agent + " did not register service " + serviceId
                    + ": " + failure + "; retrying in the background.");
            scheduleRetry();
        }
    }

    @Override
    public boolean isRegistered() {
        return registered;
    }

    @Override
    public void deregister() {
        if (closed) {
            return;
        }
        closed = true;
        background.shutdownNow();
        if (!agent.deregister) {
            return;
        }
        try {
            HttpResponse<String> response = send(put("/v1/agent/service/deregister/" + ConsulAgent.pathSegment(serviceId), ""));
            if (response.statusCode() != 200 && response.statusCode() != 404) {
                LOG.log(Level.WARNING, () -> "Consul agent " + agent.agent + " did not deregister service " + serviceId
                        + ": " + describe(response));
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.log(Level.WARNING, () -> "Consul agent " + agent.agent + " did not deregister service " + serviceId
                    + ": " + e + ". Consul removes it once its check has failed long enough, if configured to.");
        } finally {
            registered = false;
        }
    }

    /** One registration attempt; the reason it failed, or null. */
    private String tryRegister() {
        try {
            HttpResponse<String> response = send(put("/v1/agent/service/register", agent.registrationPayload(endpoint)));
            if (response.statusCode() == 200) {
                registered = true;
                backoff = agent.initialBackoff;
                LOG.log(Level.INFO, () -> "Registered service " + serviceId + " (" + endpoint.url() + ") with Consul agent "
                        + agent.agent + ".");
                return null;
            }
            return describe(response);
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private void retry() {
        String failure = tryRegister();
        if (failure == null) {
            scheduleRecheck();
        } else {
            LOG.log(Level.DEBUG, () -> "Consul agent " + agent.agent + " still did not register service " + serviceId
                    + ": " + failure + ".");
            backoff = backoff.multipliedBy(2).compareTo(agent.maxBackoff) > 0 ? agent.maxBackoff : backoff.multipliedBy(2);
            scheduleRetry();
        }
    }

    /** Asks the agent whether it still knows the service; registers again if it lost it. */
    private void recheck() {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/v1/agent/service/"
                    + ConsulAgent.pathSegment(serviceId))).GET());
            if (response.statusCode() == 404) {
                registered = false;
                LOG.log(Level.WARNING, () -> "Consul agent " + agent.agent + " no longer knows service " + serviceId
                        + "; registering it again.");
                retry();
                return;
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> "Consul agent " + agent.agent + " did not answer: " + e + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        scheduleRecheck();
    }

    private void scheduleRetry() {
        schedule(this::retry, backoff);
    }

    private void scheduleRecheck() {
        schedule(this::recheck, agent.recheckInterval);
    }

    private void schedule(Runnable task, Duration delay) {
        if (!closed) {
            try {
                background.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shutDown) {
                // deregistered meanwhile
            }
        }
    }

    private HttpRequest.Builder put(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.timeout(agent.requestTimeout);
        agent.token.ifPresent(token -> request.header("X-Consul-Token", token));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        String base = agent.agent.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    /** The agent's answer for messages; a token the agent might echo is blanked out. */
    private String describe(HttpResponse<String> response) {
        String body = response.body().strip();
        if (agent.token.isPresent()) {
            body = body.replace(agent.token.get(), "<token>");
        }
        return "HTTP " + response.statusCode() + (body.isEmpty() ? "" : " " + body);
    }
}
