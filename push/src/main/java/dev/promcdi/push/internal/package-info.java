/**
 * How the Pushgateway meets the container: {@code promcdi.pushgateway.*} settings, and the bean
 * that pushes periodically while the application runs and once when it stops. Not part of the API.
 */
package dev.promcdi.push.internal;
