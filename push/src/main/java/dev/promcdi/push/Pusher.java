package dev.promcdi.push;

import io.prometheus.metrics.exporter.pushgateway.PushGateway;
import io.prometheus.metrics.exporter.pushgateway.Scheme;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;

/**
 * Pushes a registry to a Prometheus Pushgateway, for work too short-lived to be scraped (batch
 * jobs, schedulers, command-line tools), like prometheus_client's {@code push_to_gateway},
 * {@code pushadd_to_gateway} and {@code delete_from_gateway}. Built on the client's
 * {@code PushGateway}.
 *
 * <pre>{@code
 * Pusher pusher = Pusher.builder().gateway(URI.create("http://pushgateway:9091")).job("nightly-import")
 *         .groupingKey("shard", "eu").build();
 * pusher.pushAdd();
 * }</pre>
 *
 * <p>In a container, {@code promcdi.pushgateway.url} and {@code promcdi.pushgateway.job} make
 * promcdi push the registry when the container stops (and every
 * {@code promcdi.pushgateway.interval} while it runs).
 */
public final class Pusher {

    private final PushGateway gateway;
    private final URI url;

    private Pusher(PushGateway gateway, URI url) {
        this.gateway = gateway;
        this.url = url;
    }

    /**
     * Starts a configuration: the default registry, 5 s timeouts, no authentication.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Replaces every metric of this job and grouping key with the registry's ({@code PUT}).
     *
     * @throws IOException naming the gateway and the HTTP status when the push fails
     */
    public void push() throws IOException {
        run(gateway::push, "push to");
    }

    /**
     * Replaces only the metrics of the same names ({@code POST}).
     *
     * @throws IOException naming the gateway and the HTTP status when the push fails
     */
    public void pushAdd() throws IOException {
        run(gateway::pushAdd, "push-add to");
    }

    /**
     * Deletes every metric of this job and grouping key ({@code DELETE}).
     *
     * @throws IOException naming the gateway and the HTTP status when the deletion fails
     */
    public void delete() throws IOException {
        run(gateway::delete, "delete from");
    }

    /**
     * The gateway this pusher talks to.
     *
     * @return the gateway's base URL
     */
    public URI gateway() {
        return url;
    }

    private interface Call {
        void run() throws IOException;
    }

    private void run(Call call, String what) throws IOException {
        try {
            call.run();
        } catch (IOException failure) {
            String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            throw new IOException("Could not " + what + " the Pushgateway at " + url + ": " + reason, failure);
        }
    }

    /** The settings of a {@link Pusher}. */
    public static final class Builder {

        private URI url;
        private String job;
        private SSLContext sslContext;
        private final PushGateway.Builder client = PushGateway.builder().connectionTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(5));

        private Builder() {
            // The client encodes a space in the job or a grouping key value as '+', which the
            // gateway keeps in paths; a literal '+' is already sent as %2B.
            client.connectionFactory(address -> {
                URL path = new URL(address.toString().replace("+", "%20"));
                HttpURLConnection connection = (HttpURLConnection) path.openConnection();
                if (sslContext != null && connection instanceof HttpsURLConnection https) {
                    https.setSSLSocketFactory(sslContext.getSocketFactory());
                }
                return connection;
            });
        }

        /**
         * The gateway, such as {@code http://pushgateway:9091}; https is allowed.
         *
         * @param url the gateway's base URL
         * @return this builder
         */
        public Builder gateway(URI url) {
            String scheme = Objects.requireNonNull(url, "The gateway URL is null.").getScheme();
            if (url.getRawUserInfo() != null) {
                throw new IllegalArgumentException("The gateway URL holds credentials; give them with basicAuth(..) "
                        + "instead, so they are sent and never shown.");
            }
            if (!"http".equals(scheme) && !"https".equals(scheme) || url.getHost() == null) {
                throw new IllegalArgumentException("Gateway URL " + url + " is not an http or https URL with a host; "
                        + "use for example http://pushgateway:9091.");
            }
            if (url.getRawQuery() != null || url.getRawFragment() != null) {
                throw new IllegalArgumentException("Gateway URL " + url + " has a query or fragment, which a gateway "
                        + "address cannot have; give scheme, host, port and path only.");
            }
            this.url = url;
            String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
            client.scheme("https".equals(scheme) ? Scheme.HTTPS : Scheme.HTTP).address(url.getHost() + ":"
                    + (url.getPort() > 0 ? url.getPort() : "https".equals(scheme) ? 443 : 80) + path);
            return this;
        }

        /**
         * The job name, the first part of the grouping key.
         *
         * @param job the job
         * @return this builder
         */
        public Builder job(String job) {
            if (job == null || job.isBlank()) {
                throw new IllegalArgumentException("The job is empty; name the job the metrics belong to.");
            }
            this.job = job;
            client.job(job);
            return this;
        }

        /**
         * Adds a label to the grouping key; values may hold any character, {@code /} included.
         *
         * @param name the label name
         * @param value the label value
         * @return this builder
         */
        public Builder groupingKey(String name, String value) {
            client.groupingKey(name, value);
            return this;
        }

        /**
         * Adds {@code instance=<this host's IP address>} to the grouping key.
         *
         * @return this builder
         * @throws UnknownHostException when the local address cannot be found
         */
        public Builder instanceIpGroupingKey() throws UnknownHostException {
            client.instanceIpGroupingKey();
            return this;
        }

        /**
         * The registry to push; the default registry by default.
         *
         * @param registry the registry
         * @return this builder
         */
        public Builder registry(PrometheusRegistry registry) {
            client.registry(Objects.requireNonNull(registry, "The registry is null."));
            return this;
        }

        /**
         * HTTP basic authentication.
         *
         * @param user the user
         * @param password the password
         * @return this builder
         */
        public Builder basicAuth(String user, String password) {
            client.basicAuth(user, password);
            return this;
        }

        /**
         * A bearer token, sent as {@code Authorization: Bearer}.
         *
         * @param token the token
         * @return this builder
         */
        public Builder bearerToken(String token) {
            client.bearerToken(token);
            return this;
        }

        /**
         * The TLS settings for an https gateway; the JDK's defaults otherwise.
         *
         * @param context the TLS context
         * @return this builder
         */
        public Builder sslContext(SSLContext context) {
            this.sslContext = Objects.requireNonNull(context, "The SSL context is null.");
            return this;
        }

        /**
         * How long to wait for the connection and for the answer; 5 s each by default, so a push
         * gives up after about twice this.
         *
         * @param timeout the timeout of each, positive
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Timeout " + timeout + " is not usable; give a positive duration "
                        + "(zero would wait for ever).");
            }
            client.connectionTimeout(timeout).readTimeout(timeout);
            return this;
        }

        /**
         * Builds the pusher.
         *
         * @return the pusher
         * @throws IllegalStateException when the gateway or the job is missing
         */
        public Pusher build() {
            if (url == null || job == null) {
                throw new IllegalStateException("A Pusher needs a gateway and a job; call gateway(..) and job(..).");
            }
            return new Pusher(client.build(), url);
        }
    }
}
