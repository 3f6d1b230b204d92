package dev.promcdi.endpoint;

import java.util.Locale;
import java.util.Optional;

/** The formats promcdi's endpoints serve, which a scraper that cannot send {@code Accept} may also ask for by name. */
public enum ExpositionFormat {

    /** The Prometheus text format 0.0.4: what every scraper and person reads. */
    TEXT("text/plain", "; version=0.0.4; charset=utf-8"),
    /** OpenMetrics 1.0 text: exemplars, {@code _created} series. */
    OPENMETRICS("application/openmetrics-text", "; version=1.0.0; charset=utf-8"),
    /** Prometheus protobuf: native histograms. */
    PROTOBUF("application/vnd.google.protobuf", "; proto=io.prometheus.client.MetricFamily; encoding=delimited");

    /** The query parameter choosing a format for one scrape: {@code ?format=openmetrics}. */
    public static final String QUERY_PARAMETER = "format";

    /** The media type, without parameters, as {@code Accept} names it. */
    final String mediaType;
    /** An {@code Accept} value that makes the client's handler write this format. */
    final String accept;

    ExpositionFormat(String mediaType, String parameters) {
        this.mediaType = mediaType;
        this.accept = mediaType + parameters;
    }

    /**
     * The format of a name, as {@code ?format=} and {@code promcdi.metrics.format} give it.
     *
     * @param name {@code text}, {@code openmetrics} or {@code protobuf}, in any case
     * @return the format, or empty when the name is none of them
     */
    public static Optional<ExpositionFormat> named(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
