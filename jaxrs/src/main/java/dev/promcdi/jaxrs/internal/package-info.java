/**
 * The JAX-RS module's settings ({@code promcdi.metrics.*}, {@code promcdi.http.*}), read by the
 * module and checked with every other module's when a CDI deployment is validated. Not part of the API.
 */
package dev.promcdi.jaxrs.internal;
