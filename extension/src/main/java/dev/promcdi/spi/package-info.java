/**
 * What promcdi's modules share, and nothing else: reading {@link dev.promcdi.spi.Settings} (and
 * reporting every invalid key of a deployment together, {@link dev.promcdi.spi.SettingsCheck}),
 * the running {@link dev.promcdi.spi.Deployment} (its registry, and unregistering at shutdown),
 * the clock, {@link dev.promcdi.spi.Ticker}, and the trace a measurement keeps for its exemplar,
 * {@link dev.promcdi.spi.TraceExemplar}. Applications do not need it; a module of promcdi
 * imports this package and the API packages of others, never their {@code internal} packages.
 */
package dev.promcdi.spi;
