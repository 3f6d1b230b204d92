/**
 * {@link dev.promcdi.push.Pusher}, which pushes a registry to a Prometheus Pushgateway, for batch
 * work too short to be scraped. Pushing at shutdown and periodically, from configuration, lives in
 * {@code dev.promcdi.push.internal}.
 */
package dev.promcdi.push;
