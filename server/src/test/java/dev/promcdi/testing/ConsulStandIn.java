package dev.promcdi.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * A strict stand-in for the Consul agent HTTP API, on loopback: the service register, deregister,
 * read and list endpoints as documented, the catalog and health reads Prometheus discovers
 * services with ({@link ConsulCatalog}), 400 for unknown or mistyped fields and a missing Name,
 * 404 for unknown ids and paths, 403 for a wrong token when ACLs are on. It can be stopped,
 * started again on the same port, restarted empty, made slow or made to fail.
 */
public final class ConsulStandIn implements AutoCloseable {

    /** A request as the agent received it. */
    public record Received(String method, String path, String token, String body) {
    }

    private static final Map<String, Class<?>> SERVICE_FIELDS = Map.ofEntries(
            Map.entry("ID", JsonString.class), Map.entry("Name", JsonString.class),
            Map.entry("Tags", JsonArray.class), Map.entry("Address", JsonString.class),
            Map.entry("TaggedAddresses", JsonObject.class), Map.entry("Meta", JsonObject.class),
            Map.entry("Port", JsonNumber.class), Map.entry("Kind", JsonString.class),
            Map.entry("Check", JsonObject.class), Map.entry("Checks", JsonArray.class),
            Map.entry("EnableTagOverride", JsonValue.class), Map.entry("Weights", JsonObject.class),
            Map.entry("SocketPath", JsonString.class));
    private static final Map<String, Class<?>> CHECK_FIELDS = Map.ofEntries(
            Map.entry("Name", JsonString.class), Map.entry("CheckID", JsonString.class),
            Map.entry("HTTP", JsonString.class), Map.entry("Method", JsonString.class),
            Map.entry("Header", JsonObject.class), Map.entry("Interval", JsonString.class),
            Map.entry("Timeout", JsonString.class), Map.entry("TLSSkipVerify", JsonValue.class),
            Map.entry("DeregisterCriticalServiceAfter", JsonString.class), Map.entry("Notes", JsonString.class),
            Map.entry("TCP", JsonString.class), Map.entry("TTL", JsonString.class),
            Map.entry("Status", JsonString.class));
    private static final Set<String> DURATIONS = Set.of("Interval", "Timeout", "DeregisterCriticalServiceAfter", "TTL");
    private static final Pattern GO_DURATION = Pattern.compile("(\\d+(\\.\\d+)?(ns|us|ms|s|m|h))+");

    private final Map<String, JsonObject> services = new ConcurrentHashMap<>();
    private final ConsulCatalog catalog = new ConsulCatalog(services);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private int port;
    private HttpServer server;
    private volatile String requiredToken;
    private volatile Duration delay = Duration.ZERO;
    private volatile int failingStatus;

    private ConsulStandIn(int port) {
        this.port = port;
    }

    /** A running agent on a free loopback port. */
    public static ConsulStandIn start() throws IOException {
        ConsulStandIn agent = new ConsulStandIn(0);
        agent.listen(0);
        return agent;
    }

    /** An agent whose port is reserved but which is not running yet: {@link #resume()} starts it. */
    public static ConsulStandIn down() throws IOException {
        ConsulStandIn probe = start();
        int port = probe.port();
        probe.stop();
        return new ConsulStandIn(port);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    public int port() {
        return port;
    }

    /** Turns ACLs on: every request needs this token. */
    public ConsulStandIn requireToken(String token) {
        requiredToken = token;
        return this;
    }

    /** Answers every request after this delay. */
    public void slow(Duration delay) {
        this.delay = delay;
    }

    /** Answers every request with this status; 0 to answer normally again. */
    public void failWith(int status) {
        failingStatus = status;
    }

    /** Stops answering; the port stays reserved for {@link #resume()}. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Starts again on the same port, keeping what was registered. */
    public synchronized void resume() throws IOException {
        listen(port);
    }

    /** What an agent restart does: forgets every service registered through the API. */
    public void forgetAll() {
        services.clear();
        catalog.changed();
    }

    public Map<String, JsonObject> services() {
        return Map.copyOf(services);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        stop();
        threads.shutdownNow();
    }

    private synchronized void listen(int onPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            String token = exchange.getRequestHeaders().getFirst("X-Consul-Token");
            received.add(new Received(method, path, token, body));
            pause();
            if (failingStatus != 0) {
                answer(exchange, failingStatus, "injected failure");
            } else if (requiredToken != null && !requiredToken.equals(token)) {
                answer(exchange, 403, "Permission denied");
            } else if (path.equals("/v1/agent/service/register")) {
                onlyPut(exchange, method, () -> register(exchange, body));
            } else if (path.startsWith("/v1/agent/service/deregister/")) {
                onlyPut(exchange, method, () -> deregister(exchange, decode(path, "/v1/agent/service/deregister/")));
            } else if (path.startsWith("/v1/agent/service/") && method.equals("GET")) {
                JsonObject service = services.get(decode(path, "/v1/agent/service/"));
                answer(exchange, service == null ? 404 : 200, service == null ? "unknown service ID" : service.toString());
            } else if (ConsulCatalog.handles(path)) {
                catalog.answer(exchange, method, path);
            } else if (path.equals("/v1/agent/services") && method.equals("GET")) {
                answer(exchange, 200, Json.createObjectBuilder(Map.copyOf(services)).build().toString());
            } else {
                answer(exchange, 404, "404 page not found");
            }
        }
    }

    private interface Action {
        void run() throws IOException;
    }

    private static void onlyPut(HttpExchange exchange, String method, Action action) throws IOException {
        if (method.equals("PUT")) {
            action.run();
        } else {
            answer(exchange, 405, "method " + method + " not allowed");
        }
    }

    private void register(HttpExchange exchange, String body) throws IOException {
        JsonObject service;
        try {
            service = Json.createReader(new StringReader(body)).readObject();
        } catch (JsonParsingException | ClassCastException e) {
            answer(exchange, 400, "Request decode failed: " + e.getMessage());
            return;
        }
        String invalid = invalidFields(service, SERVICE_FIELDS);
        if (invalid == null && service.containsKey("Check")) {
            invalid = invalidFields(service.getJsonObject("Check"), CHECK_FIELDS);
        }
        if (invalid != null) {
            answer(exchange, 400, "Request decode failed: " + invalid);
        } else if (!service.containsKey("Name") || service.getString("Name").isEmpty()) {
            answer(exchange, 400, "Missing service name");
        } else {
            services.put(service.getString("ID", service.getString("Name")), service);
            catalog.changed();
            answer(exchange, 200, "");
        }
    }

    private void deregister(HttpExchange exchange, String id) throws IOException {
        if (services.remove(id) == null) {
            answer(exchange, 404, "Unknown service ID \"" + id + "\". Ensure that the service ID is passed, not the service name.");
        } else {
            catalog.changed();
            answer(exchange, 200, "");
        }
    }

    private static String invalidFields(JsonObject object, Map<String, Class<?>> known) {
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            Class<?> type = known.get(field.getKey());
            if (type == null) {
                return "json: unknown field \"" + field.getKey() + "\"";
            }
            if (!type.isInstance(field.getValue())) {
                return "json: cannot unmarshal " + field.getValue().getValueType() + " into field " + field.getKey();
            }
            if (DURATIONS.contains(field.getKey())
                    && !GO_DURATION.matcher(((JsonString) field.getValue()).getString()).matches()) {
                return "time: invalid duration " + field.getValue();
            }
        }
        if (known == SERVICE_FIELDS && object.containsKey("Port")
                && !((JsonNumber) object.get("Port")).isIntegral()) {
            return "json: cannot unmarshal number into field Port of type int";
        }
        return null;
    }

    private static String decode(String path, String prefix) {
        return URLDecoder.decode(path.substring(prefix.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private void pause() {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
