/**
 * How promcdi's metrics endpoints answer HTTP ({@link dev.promcdi.endpoint.ScrapeResponder}):
 * {@code Negotiation} picks the format by RFC 9110, {@code BufferedExchange} lets the Prometheus
 * client's scrape handler write it. The JAX-RS endpoint ({@code dev.promcdi.jaxrs}) and the
 * standalone server ({@code dev.promcdi.server}) turn a {@link dev.promcdi.endpoint.ScrapeResponse}
 * into their stack's response.
 */
package dev.promcdi.endpoint;
