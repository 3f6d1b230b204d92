package dev.promcdi.jaxrs.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.jaxrs.app.MetricsText;
import dev.promcdi.jaxrs.app.ShopServer;
import org.junit.jupiter.api.Test;

/**
 * H2: every request lands in http_server_request_duration_seconds{method,route,status} with
 * route the matched template, never the raw path; unmatched requests count once under
 * UNMATCHED; non-standard methods count as _OTHER.
 */
class H2RoutesTest extends ShopServer {

    @Test
    void H2_theRouteIsTheMatchedTemplateWithTheApplicationPath() throws Exception {
        MetricsText before = metrics();

        shop.get("users/1");
        shop.get("users/2");
        shop.get("users/3?expand=true");

        MetricsText change = since(before);
        assertEquals(3, change.requests("GET", "/api/users/{id}", 200));
        assertFalse(metrics().matching("route=\"/api/users/1").size() > 0, "never the raw path");
    }

    @Test
    void H2_regularExpressionsAndTrailingSlashesAreNormalised() throws Exception {
        MetricsText before = metrics();

        shop.get("users/7/avatar");

        assertEquals(1, since(before).requests("GET", "/api/users/{id}/avatar", 200));
    }

    @Test
    void H2_subResourceLocatorsAreComposed() throws Exception {
        MetricsText before = metrics();

        shop.get("shops/north/items/42");
        shop.get("shops/south/items/43");
        shop.get("shops/north/staff/ann/shifts/monday");

        MetricsText change = since(before);
        assertEquals(2, change.requests("GET", "/api/shops/{shop}/items/{item}", 200));
        assertEquals(1, change.requests("GET", "/api/shops/{shop}/staff/{name}/shifts/{item}", 200));
    }

    @Test
    void H2_locatorsOfOneTypeAreToldApartByTheirPaths() throws Exception {
        MetricsText before = metrics();

        shop.get("orders/current/1");
        shop.get("orders/archived/2");
        shop.get("orders/archived/3");
        shop.get("orders/current/4");

        MetricsText change = since(before);
        assertEquals(2, change.requests("GET", "/api/orders/current/{id}", 200));
        assertEquals(2, change.requests("GET", "/api/orders/archived/{id}", 200));
    }

    @Test
    void H2_annotationsInheritedFromAnInterfaceGiveTheRoute() throws Exception {
        MetricsText before = metrics();

        shop.get("catalog/sku-1");

        assertEquals(1, since(before).requests("GET", "/api/catalog/{sku}", 200));
    }

    @Test
    void H2_headRequestsOnGetMethodsKeepTheirRoute() throws Exception {
        MetricsText before = metrics();

        shop.send("HEAD", "users/1");

        assertEquals(1, since(before).requests("HEAD", "/api/users/{id}", 200));
    }

    @Test
    void H2_theStatusIsTheOneSentIncludingMappedExceptions() throws Exception {
        MetricsText before = metrics();

        shop.get("fail/mapped");
        shop.get("fail/unmapped");
        shop.get("fail/missing");

        MetricsText change = since(before);
        assertEquals(1, change.requests("GET", "/api/fail/mapped", 409));
        assertEquals(1, change.requests("GET", "/api/fail/unmapped", 500));
        assertEquals(1, change.requests("GET", "/api/fail/missing", 404),
                "a resource that answers 404 still matched its route");
    }

    @Test
    void H2_requestsThatMatchNothingCountOnceAsUnmatched() throws Exception {
        MetricsText before = metrics();

        shop.get("no/such/thing");
        shop.get("users");
        shop.send("DELETE", "users/1");

        MetricsText change = since(before);
        assertEquals(1, change.requests("GET", "UNMATCHED", 404));
        assertEquals(1, change.requests("GET", "UNMATCHED", 405),
                "a path whose resource takes only POST");
        assertEquals(1, change.requests("DELETE", "UNMATCHED", 405));
        assertFalse(metrics().matching("no/such").size() > 0);
    }

    @Test
    void H2_nonStandardMethodsCountAsOther() throws Exception {
        MetricsText before = metrics();

        shop.send("PURGE", "users/1");
        shop.send("BREW", "no/such/thing");

        MetricsText change = since(before);
        assertEquals(1, change.requests("_OTHER", "UNMATCHED", 405), "PURGE on a known path");
        assertEquals(1, change.requests("_OTHER", "UNMATCHED", 404), "BREW on an unknown path");
        assertFalse(metrics().matching("PURGE").size() > 0);
    }

    @Test
    void H2_scrapesOfTheMetricsEndpointAreNotCounted() throws Exception {
        MetricsText before = metrics();
        metrics();
        MetricsText change = metrics().since(before);

        assertTrue(change.matching("/metrics").isEmpty(), change.matching("/metrics").toString());
        change.matching("http_server_request_duration_seconds_count{")
                .forEach((series, count) -> assertEquals(0.0, count, "two scrapes recorded in " + series));
    }
}
