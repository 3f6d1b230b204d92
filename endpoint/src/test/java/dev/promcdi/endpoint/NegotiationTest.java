package dev.promcdi.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** H6, negotiation's edges by RFC 9110: q-values at their bounds, specificity, equal weights, codings. */
class NegotiationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "text/plain;q=1 | TEXT",
        "text/plain;q=2, application/openmetrics-text;q=0.5 | OPENMETRICS",
        "text/plain;q=oops, application/openmetrics-text;q=0.5 | OPENMETRICS",
        "*/*, application/openmetrics-text | OPENMETRICS",
        "*/*;q=0.1, text/*;q=0.9 | TEXT",
        "application/*;q=0.9, text/plain;q=0.5 | OPENMETRICS",
        "text/plain;q=0.2, text/plain;q=0.8, application/openmetrics-text;q=0.5 | TEXT",
        "application/vnd.google.protobuf, text/plain;q=0.9 | PROTOBUF",
        "TEXT/PLAIN | TEXT"})
    void H6_theFormatOfHighestWeightAndMostSpecificRangeWins(String accept, ExpositionFormat expected) {
        assertEquals(expected, Negotiation.format(List.of(accept)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"gzip;q=0.001 | true", "*;q=0, gzip;q=0.5 | true", "GZIP | true",
        "x-gzip | true", "gzip;q=0 | false", "* | true", "deflate | false", "identity;q=1, *;q=0 | false"})
    void H6_gzipWhenItWeighsMoreThanZero(String acceptEncoding, boolean gzip) {
        assertEquals(gzip, Negotiation.gzip(List.of(acceptEncoding)));
    }
}
