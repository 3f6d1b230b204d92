package dev.promcdi.tck;

import java.util.LinkedHashMap;
import java.util.Map;

/** The samples of one scrape in the Prometheus text format, by series ({@code name{label="value",...}}). */
public final class Exposition {

    private final String text;
    private final Map<String, Double> samples = new LinkedHashMap<>();

    /** Parses {@code text}; a sample line that is not {@code series value} fails. */
    public Exposition(String text) {
        this.text = text;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            if (space < 0 || samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1))) != null) {
                throw new AssertionError("Malformed or repeated sample line '" + line + "' in:\n" + text);
            }
        }
    }

    /** The value of a series, 0 when it is absent. */
    public double value(String series) {
        return samples.getOrDefault(series, 0.0);
    }

    /** Whether the scrape holds the series. */
    public boolean has(String series) {
        return samples.containsKey(series);
    }

    /** The {@code _count} of an unlabelled histogram. */
    public double count(String histogram) {
        return value(histogram + "_count");
    }

    /** The value of a request duration series' {@code _count}. */
    public double requests(String method, String route, int status) {
        return value("http_server_request_duration_seconds_count{method=\"" + method + "\",route=\"" + route
                + "\",status=\"" + status + "\"}");
    }

    /** The active requests of a method and route. */
    public double active(String method, String route) {
        return value("http_server_active_requests{method=\"" + method + "\",route=\"" + route + "\"}");
    }

    /** The sum of every series of {@code name} whose labels contain {@code labelPart}. */
    public double sum(String name, String labelPart) {
        return samples.entrySet().stream()
                .filter(sample -> sample.getKey().startsWith(name + "{") && sample.getKey().contains(labelPart))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /** The text as scraped. */
    @Override
    public String toString() {
        return text;
    }
}
