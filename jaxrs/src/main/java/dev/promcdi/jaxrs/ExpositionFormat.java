package dev.promcdi.jaxrs;

import java.util.Locale;
import java.util.Optional;

/** The formats promcdi serves, which a scraper that cannot send {@code Accept} may also ask for by name. */
enum ExpositionFormat {

    TEXT("text/plain", "; version=0.0.4; charset=utf-8"),
    OPENMETRICS("application/openmetrics-text", "; version=1.0.0; charset=utf-8"),
    PROTOBUF("application/vnd.google.protobuf", "; proto=io.prometheus.client.MetricFamily; encoding=delimited");

    /** The query parameter choosing a format for one scrape. */
    static final String QUERY_PARAMETER = "format";

    /** The media type, without parameters, as {@code Accept} names it. */
    final String mediaType;
    /** An {@code Accept} value that makes the client's handler write this format. */
    final String accept;

    ExpositionFormat(String mediaType, String parameters) {
        this.mediaType = mediaType;
        this.accept = mediaType + parameters;
    }

    /** The format named {@code name} (text, openmetrics, protobuf), if it is one. */
    static Optional<ExpositionFormat> named(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
