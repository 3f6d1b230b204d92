package dev.promcdi.benchmarks.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The same filter shape as promcdi's request metrics, doing nothing: a pre-matching request and
 * response filter plus one filter per resource method. The runtime's own cost of filtering.
 */
public class NoopFilters implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new Global());
        context.register(new PerMethod());
        return true;
    }

    @PreMatching
    static final class Global implements ContainerRequestFilter, ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request) {
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        }
    }

    static final class PerMethod implements DynamicFeature {
        @Override
        public void configure(ResourceInfo resource, FeatureContext context) {
            context.register((ContainerRequestFilter) request -> { });
        }
    }
}
