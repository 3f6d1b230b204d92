/**
 * {@link dev.promcdi.server.MetricsHttpServer}, a standalone {@code /metrics} server on its own
 * port and threads, optionally with TLS and announced to service discovery (contract L4). Its
 * start and stop with the container (L1) live in {@code dev.promcdi.server.internal}.
 */
package dev.promcdi.server;
