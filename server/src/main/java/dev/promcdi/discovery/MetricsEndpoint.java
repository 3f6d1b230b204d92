package dev.promcdi.discovery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Where Prometheus can scrape this instance: what a {@link ServiceDiscovery} announces.
 *
 * @param scheme {@code http} or {@code https}
 * @param host the host name or address Prometheus should use
 * @param port the port
 * @param path the path of the metrics resource, starting with {@code /}
 */
public record MetricsEndpoint(String scheme, String host, int port, String path) {

    /**
     * Checks the parts.
     *
     * @param scheme {@code http} or {@code https}
     * @param host the host name or address Prometheus should use
     * @param port the port, 1 to 65535
     * @param path the path of the metrics resource, starting with {@code /}
     * @throws IllegalArgumentException when a part is missing or out of range, naming it
     */
    public MetricsEndpoint {
        Objects.requireNonNull(scheme, "The scheme is null; pass http or https.");
        Objects.requireNonNull(host, "The host is null; pass the host name Prometheus should scrape.");
        Objects.requireNonNull(path, "The path is null; pass the path of the metrics resource, such as /metrics.");
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("Scheme '" + scheme + "' is not supported; use http or https.");
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("The host is empty; pass the host name Prometheus should scrape.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Port " + port + " is out of range; use 1 to 65535.");
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Path '" + path + "' must start with '/'.");
        }
    }

    /**
     * The URL of the metrics resource.
     *
     * @return for example {@code http://10.0.0.7:9100/metrics}
     */
    public String url() {
        return urlOf(path);
    }

    /**
     * The URL of another path on the same server, such as its health check.
     *
     * @param otherPath a path starting with {@code /}
     * @return for example {@code http://10.0.0.7:9100/-/healthy}
     */
    public String urlOf(String otherPath) {
        String bracketed = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return scheme + "://" + bracketed + ":" + port + otherPath;
    }

    /**
     * The name other machines should use for this one, announced when no host is configured.
     *
     * @return this machine's host name, or the loopback address when it has none that resolves
     */
    public static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
    }
}
