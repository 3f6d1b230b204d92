package dev.promcdi.invaliddefinitions;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

/** Beans whose bindings are wrong, one mistake each. */
public final class Invalid {

    private Invalid() {
    }

    @Dependent
    public static class BadNames {
        @Time("1st_seconds")
        public void digitFirst() {
        }

        @Count("orders-total")
        public void dash() {
        }

        @Time("orders_bucket")
        public void reservedSuffix() {
        }
    }

    @Dependent
    public static class BadLabels {
        @Count(value = "labels_total", labels = "region")
        public void noEquals() {
        }

        @Count(value = "labels_total", labels = "my-region=eu")
        public void badKey() {
        }

        @Count(value = "labels_total", labels = {"region=eu", "region=us"})
        public void twice() {
        }

        @Time(value = "labels_seconds", labels = "le=1")
        public void reserved() {
        }
    }

    @Dependent
    public static class Unreachable {
        @Time("unreachable_seconds")
        private void hidden() {
        }

        @Count("unreachable_total")
        public static void shared() {
        }

        public void callHidden() {
            hidden();
        }
    }

    @Dependent
    public static class FinalMethod {
        @Time("final_seconds")
        public final void locked() {
        }
    }

    @Dependent
    public static class FinalMethodBesideOthers {
        @Time("final_beside_seconds")
        public final void locked() {
        }

        @Time("beside-seconds")
        public void misnamed() {
        }

        @Time("beside_private_seconds")
        private void hidden() {
        }

        public void callHidden() {
            hidden();
        }
    }

    @Dependent
    @Count("sealed_calls_total")
    public static final class FinalClass {
        public void work() {
        }
    }

    @Dependent
    public static class TypeConflictA {
        @Time("shared_metric")
        public void timed() {
        }
    }

    @Dependent
    public static class TypeConflictB {
        @TrackInProgress("shared_metric")
        public void tracked() {
        }
    }

    @Dependent
    public static class DefinitionConflicts {
        @Time(value = "conflict_seconds", help = "One help.", labels = "kind=a", buckets = {0.1, 1})
        public void first() {
        }

        @Time(value = "conflict_seconds", help = "Another help.", labels = "kind=b", buckets = {0.1, 1})
        public void otherHelp() {
        }

        @Time(value = "conflict_seconds", labels = "type=c", buckets = {0.1, 1})
        public void otherLabels() {
        }

        @Time(value = "conflict_seconds", labels = "kind=d", buckets = {0.5, 5})
        public void otherBuckets() {
        }

        @Time(value = "unsorted_seconds", buckets = {1, 0.5})
        public void unsortedBuckets() {
        }
    }

    @Dependent
    public static class ApplicationMetrics {
        @Produces
        static final Gauge QUEUE = Gauge.builder().name("app_queue_size").help("Queued orders.").build();

        @Produces
        static final Histogram LATENCY = Histogram.builder().name("app_latency_seconds").help("Latency.")
                .labelNames("region").build();

        @Time("app_queue_size")
        public void timedWithGauge() {
        }

        @Time("app_latency_seconds")
        public void missingLabel() {
        }

        @Time(value = "app_latency_seconds", help = "Mine.", labels = "region=eu")
        public void redefines() {
        }

        @CountExceptions(value = "app_latency_seconds", labels = "region=eu")
        public void countsIntoHistogram() {
        }
    }
}
