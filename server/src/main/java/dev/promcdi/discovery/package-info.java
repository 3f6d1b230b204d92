/**
 * Service discovery: {@link dev.promcdi.discovery.ServiceDiscovery} announces a
 * {@link dev.promcdi.discovery.MetricsEndpoint} and returns the
 * {@link dev.promcdi.discovery.Registration} that undoes it; {@link dev.promcdi.discovery.ConsulAgent}
 * does so with a Consul agent (contract L2), retrying while the agent is down (L3).
 */
package dev.promcdi.discovery;
