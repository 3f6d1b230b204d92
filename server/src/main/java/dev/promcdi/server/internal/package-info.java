/**
 * How the standalone server and service discovery meet the container: {@code promcdi.server.*} and
 * {@code promcdi.consul.*} settings, and the bean that starts the server and registers the endpoint
 * when the application starts, and undoes both before it stops (L1). Not part of the API.
 */
package dev.promcdi.server.internal;
