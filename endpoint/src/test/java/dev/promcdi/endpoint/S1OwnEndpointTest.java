package dev.promcdi.endpoint;

import dev.promcdi.testing.MetricsAccessSpecification;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** S1 on an endpoint of one's own built on {@link ScrapeResponder}, protected through the API. */
class S1OwnEndpointTest extends MetricsAccessSpecification {

    static OwnEndpoint endpoint;

    @BeforeAll
    static void start() throws Exception {
        endpoint = new OwnEndpoint(ScrapeAccess.builder().basic(USER, PASSWORD_HASH).bearerToken(TOKEN).build());
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @Override
    protected HttpResponse<byte[]> send(String method, String... headers) throws Exception {
        return endpoint.send(method, "", headers);
    }

    @Override
    protected String servedMetric() {
        return "jobs_total 3.0";
    }
}
