package dev.promcdi.jaxrs.app;

import java.util.LinkedHashMap;
import java.util.Map;

/** The samples of a Prometheus text exposition, by series: {@code name{label="value",...}} to value. */
public final class MetricsText {

    private final Map<String, Double> samples = new LinkedHashMap<>();

    private MetricsText() {
    }

    /** What changed since {@code before}: each series' value minus its value then (0 if it was not there yet). */
    public MetricsText since(MetricsText before) {
        MetricsText change = new MetricsText();
        samples.forEach((series, value) -> change.samples.put(series, value - before.samples.getOrDefault(series, 0.0)));
        return change;
    }

    public MetricsText(String exposition) {
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
    }

    /** The value of a series; a series that is not there fails the test, naming those that are. */
    public double value(String series) {
        Double value = samples.get(series);
        if (value == null) {
            throw new AssertionError("No series " + series + " in the exposition; it has " + samples.keySet());
        }
        return value;
    }

    public boolean has(String series) {
        return samples.containsKey(series);
    }

    /** Every series whose text contains {@code part}. */
    public Map<String, Double> matching(String part) {
        Map<String, Double> found = new LinkedHashMap<>();
        samples.forEach((series, value) -> {
            if (series.contains(part)) {
                found.put(series, value);
            }
        });
        return found;
    }

    /** The {@code _count} of a request duration series. */
    public double requests(String method, String route, int status) {
        return value("http_server_request_duration_seconds_count{method=\"" + method + "\",route=\"" + route
                + "\",status=\"" + status + "\"}");
    }

    /** The active requests of a method and route. */
    public double active(String method, String route) {
        return value("http_server_active_requests{method=\"" + method + "\",route=\"" + route + "\"}");
    }
}
