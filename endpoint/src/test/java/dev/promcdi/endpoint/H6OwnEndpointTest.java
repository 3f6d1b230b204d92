package dev.promcdi.endpoint;

import dev.promcdi.testing.MetricsHttpSpecification;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** H6 on an endpoint of one's own built on {@link ScrapeResponder}. */
class H6OwnEndpointTest extends MetricsHttpSpecification {

    static OwnEndpoint endpoint;

    @BeforeAll
    static void start() throws Exception {
        endpoint = new OwnEndpoint(ScrapeAccess.open());
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @Override
    protected HttpResponse<byte[]> send(String method, String query, String... headers) throws Exception {
        return endpoint.send(method, query, headers);
    }

    @Override
    protected String stableMetric() {
        return "jobs_total";
    }
}
