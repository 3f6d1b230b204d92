/**
 * What promcdi-jaxrs adds on CDI Lite containers, through its build compatible extension. Not
 * part of the API.
 */
package dev.promcdi.jaxrs.internal.lite;
