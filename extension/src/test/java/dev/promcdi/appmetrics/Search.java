package dev.promcdi.appmetrics;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class Search {

    @Time("search_latency_seconds")
    public String find(String query) {
        return query;
    }

    @Time(value = "search_backend_seconds", labels = {"region=eu", "backend=solr"})
    @Count(value = "searches_total", labels = "outcome=started")
    @CountExceptions(value = "searches_total", labels = "outcome=failed")
    @TrackInProgress("searches_active")
    public String findInSolr(String query) {
        if (query.isEmpty()) {
            throw new IllegalArgumentException("empty query");
        }
        return query;
    }
}
