package dev.promcdi.endpoint;

import java.util.Map;

/**
 * What a metrics endpoint sends back, ready for any HTTP stack to write.
 *
 * @param status the HTTP status
 * @param headers the response headers; {@code Content-Length} is always there: the length of the
 *     body, or for {@code HEAD} the length {@code GET} would send (RFC 9110 8.6)
 * @param body the bytes to send, empty for {@code HEAD} and {@code OPTIONS}; not copied
 */
public record ScrapeResponse(int status, Map<String, String> headers, byte[] body) {

    /** The {@code Content-Length} header, which HTTP stacks usually set from the body themselves. */
    public static final String CONTENT_LENGTH = "Content-Length";
}
