/**
 * The CDI integration of the core: the portable extension that finds every binding at
 * deployment, checks it (C7) with every module's settings, builds each metric once and resolves
 * each site's data points (C8); the one interceptor behind the four bindings; the JVM metrics. It
 * starts and stops the {@code dev.promcdi.spi.CdiDeployment} the other modules use. Each binding
 * kind's whole meaning is one constant of {@code BindingKind}. Not part of the API.
 */
package dev.promcdi.internal.cdi;
