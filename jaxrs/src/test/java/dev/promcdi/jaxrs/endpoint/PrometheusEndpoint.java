package dev.promcdi.jaxrs.endpoint;

import dev.promcdi.jaxrs.MetricsResource;
import jakarta.ws.rs.Path;

/** The metrics resource, registered by the application at a path of its choice. */
@Path("prometheus")
public class PrometheusEndpoint extends MetricsResource {
}
