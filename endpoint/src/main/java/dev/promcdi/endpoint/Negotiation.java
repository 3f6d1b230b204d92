package dev.promcdi.endpoint;

import java.util.List;
import java.util.Locale;

/**
 * Proactive negotiation of a scrape, as RFC 9110 describes it (12.5.1 {@code Accept}, 12.5.3
 * {@code Accept-Encoding}): every header line counts, each range or coding weighs by its
 * {@code q}, {@code q=0} means "not acceptable", and the most specific range that matches a
 * format gives its weight. The client's handler then writes the chosen format; it alone would
 * take the first format named anywhere in the first {@code Accept} line.
 */
final class Negotiation {

    /** Ties go to the first: the format every scraper and person can read. */
    private static final ExpositionFormat[] PREFERENCE = {
        ExpositionFormat.TEXT, ExpositionFormat.OPENMETRICS, ExpositionFormat.PROTOBUF};

    private Negotiation() {
    }

    /**
     * The format to send.
     *
     * @param accept the request's {@code Accept} lines, or null when it sent none
     * @return the acceptable format of highest weight, or null when the client accepts none
     */
    static ExpositionFormat format(List<String> accept) {
        if (accept == null || accept.stream().allMatch(String::isBlank)) {
            return ExpositionFormat.TEXT; // no preference: RFC 9110 12.5.1
        }
        ExpositionFormat best = null;
        double bestQuality = 0;
        int bestSpecificity = 0;
        for (ExpositionFormat format : PREFERENCE) {
            double quality = 0;
            int specificity = 0;
            for (String line : accept) {
                for (String range : line.split(",")) {
                    int matched = specificity(range, format);
                    if (matched > specificity || matched == specificity && matched > 0 && quality(range) > quality) {
                        specificity = matched; // the most specific range decides; of equals, the heaviest
                        quality = quality(range);
                    }
                }
            }
            if (quality > bestQuality || quality == bestQuality && quality > 0 && specificity > bestSpecificity) {
                best = format;
                bestQuality = quality;
                bestSpecificity = specificity;
            }
        }
        return best;
    }

    /**
     * Whether to compress: when {@code gzip} (or {@code *}, if gzip is not named) has a weight
     * above zero.
     *
     * @param acceptEncoding the request's {@code Accept-Encoding} lines, or null
     */
    static boolean gzip(List<String> acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        double gzip = -1;
        double any = -1;
        for (String line : acceptEncoding) {
            for (String coding : line.split(",")) {
                String name = token(coding);
                if (name.equals("gzip") || name.equals("x-gzip")) {
                    gzip = Math.max(gzip, quality(coding));
                } else if (name.equals("*")) {
                    any = quality(coding);
                }
            }
        }
        return (gzip >= 0 ? gzip : any) > 0;
    }

    /** How specifically {@code range} names {@code format}: 3 its type, 2 {@code type/*}, 1 any, 0 not. */
    private static int specificity(String range, ExpositionFormat format) {
        String mediaRange = token(range);
        if (mediaRange.equals(format.mediaType)) {
            return 3;
        }
        if (mediaRange.equals(format.mediaType.substring(0, format.mediaType.indexOf('/') + 1) + "*")) {
            return 2;
        }
        return mediaRange.equals("*/*") ? 1 : 0;
    }

    /** The media range or coding of an element, lower case, without its parameters. */
    private static String token(String element) {
        int parameters = element.indexOf(';');
        return (parameters < 0 ? element : element.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    /** The {@code q} of an element: 1 when it has none, 0 when it cannot be read. */
    private static double quality(String element) {
        for (String parameter : element.split(";")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("q")) {
                try {
                    double q = Double.parseDouble(parameter.substring(equals + 1).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
