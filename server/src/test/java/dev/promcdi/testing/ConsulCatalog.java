package dev.promcdi.testing;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read side of the Consul stand-in that Prometheus' {@code consul_sd_configs} uses:
 * {@code GET /v1/catalog/services} and {@code GET /v1/health/service/<name>}, as blocking
 * queries ({@code index} and {@code wait}; every answer carries {@code X-Consul-Index},
 * {@code X-Consul-LastContact} and {@code X-Consul-KnownLeader}, which Consul's Go client
 * requires). The catalog is the agent's own services, on one node in datacenter {@code dc1}.
 */
final class ConsulCatalog {

    static final String DATACENTER = "dc1";
    private static final Pattern WAIT = Pattern.compile("(\\d+)(ms|s|m)");
    private static final long MAX_WAIT_MILLIS = 600_000;

    private final Map<String, JsonObject> services;
    private long index = 1;

    ConsulCatalog(Map<String, JsonObject> services) {
        this.services = services;
    }

    /** The agent's services changed: wakes the blocked queries. */
    synchronized void changed() {
        index++;
        notifyAll();
    }

    /** Whether this is a catalog or health request. */
    static boolean handles(String path) {
        return path.equals("/v1/catalog/services") || path.startsWith("/v1/health/service/");
    }

    void answer(HttpExchange exchange, String method, String path) throws IOException {
        if (!method.equals("GET")) {
            send(exchange, 405, "method " + method + " not allowed", 0);
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String dc = query.getOrDefault("dc", DATACENTER);
        if (!dc.equals(DATACENTER)) {
            send(exchange, 500, "No path to datacenter", 0);
            return;
        }
        long seen;
        try {
            seen = awaitChangeAfter(Long.parseLong(query.getOrDefault("index", "0")), waitMillis(query.get("wait")));
        } catch (IllegalArgumentException malformed) {
            send(exchange, 400, malformed.getMessage(), 0);
            return;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return;
        }
        String body = path.equals("/v1/catalog/services") ? catalog().toString()
                : health(URLDecoder.decode(path.substring("/v1/health/service/".length()), StandardCharsets.UTF_8));
        send(exchange, 200, body, seen);
    }

    /** Blocks while the index is {@code index} (a blocking query), at most {@code waitMillis}; returns the index then. */
    private synchronized long awaitChangeAfter(long index, long waitMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (index > 0 && this.index <= index && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
        return this.index;
    }

    private JsonObject catalog() {
        Map<String, JsonArrayBuilder> tagsByName = new TreeMap<>();
        for (JsonObject service : services.values()) {
            JsonArrayBuilder tags = tagsByName.computeIfAbsent(service.getString("Name"), name -> Json.createArrayBuilder());
            if (service.containsKey("Tags")) {
                service.getJsonArray("Tags").forEach(tags::add);
            }
        }
        JsonObjectBuilder catalog = Json.createObjectBuilder();
        tagsByName.forEach(catalog::add);
        return catalog.build();
    }

    private String health(String name) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        JsonObject node = Json.createObjectBuilder().add("ID", "00000000-0000-0000-0000-000000000001")
                .add("Node", "stand-in").add("Address", "127.0.0.1").add("Datacenter", DATACENTER)
                .add("TaggedAddresses", Json.createObjectBuilder()).add("Meta", Json.createObjectBuilder()).build();
        for (JsonObject service : services.values()) {
            if (!service.getString("Name").equals(name)) {
                continue;
            }
            JsonObject entry = Json.createObjectBuilder().add("ID", service.getString("ID", name)).add("Service", name)
                    .add("Tags", service.containsKey("Tags") ? service.getJsonArray("Tags") : Json.createArrayBuilder().build())
                    .add("Address", service.getString("Address", "")).add("Port", service.getInt("Port", 0))
                    .add("Meta", service.containsKey("Meta") ? service.getJsonObject("Meta") : Json.createObjectBuilder().build())
                    .add("TaggedAddresses", Json.createObjectBuilder()).add("EnableTagOverride", false).build();
            entries.add(Json.createObjectBuilder().add("Node", node).add("Service", entry)
                    .add("Checks", Json.createArrayBuilder()));
        }
        return entries.build().toString();
    }

    private static long waitMillis(String wait) {
        if (wait == null) {
            return 300_000; // Consul's default
        }
        Matcher parsed = WAIT.matcher(wait);
        if (!parsed.matches()) {
            throw new IllegalArgumentException("Invalid wait time " + wait);
        }
        long amount = Long.parseLong(parsed.group(1));
        long millis = switch (parsed.group(2)) {
            case "ms" -> amount;
            case "s" -> amount * 1000;
            default -> amount * 60_000;
        };
        return Math.min(millis, MAX_WAIT_MILLIS);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                query.put(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                        equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, int status, String body, long index) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "text/plain");
        if (status == 200) {
            exchange.getResponseHeaders().set("X-Consul-Index", String.valueOf(index));
            exchange.getResponseHeaders().set("X-Consul-LastContact", "0");
            exchange.getResponseHeaders().set("X-Consul-KnownLeader", "true");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
