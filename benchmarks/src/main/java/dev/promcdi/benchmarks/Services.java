package dev.promcdi.benchmarks;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;

/** The beans measured, each called through its CDI proxy; the body is the same cheap computation. */
public final class Services {

    private Services() {
    }

    static long body(long x) {
        return x * 31 + 7;
    }

    /** The registries and the application-built classic-only histogram. */
    public static class Registries {

        @Produces
        @Singleton
        PrometheusRegistry registry() {
            PrometheusRegistry registry = new PrometheusRegistry();
            registry.register(CLASSIC);
            registry.register(ASYNC_CLASSIC);
            return registry;
        }

        @Produces
        @Singleton
        MeterRegistry meters() {
            return new SimpleMeterRegistry();
        }

        @Produces
        static final Histogram CLASSIC = Histogram.builder().name("bench_classic_seconds").classicOnly().build();

        static final Histogram ASYNC_CLASSIC = Histogram.builder().name("bench_async_classic_seconds").classicOnly().build();

        @Produces
        static Histogram asyncClassic() {
            return ASYNC_CLASSIC;
        }
    }

    @ApplicationScoped
    public static class Plain {
        public long work(long x) {
            return body(x);
        }

        public CompletableFuture<Long> workAsync(long x) {
            return CompletableFuture.completedFuture(body(x));
        }

        public Uni<Long> workUni(long x) {
            return Uni.createFrom().item(x).map(Services::body);
        }

        public Mono<Long> workMono(long x) {
            return Mono.just(x).map(Services::body);
        }
    }

    /** The floor: what a person writes by hand, on the same kinds of histogram. */
    @ApplicationScoped
    public static class HandWritten {
        static final Histogram DEFAULT = Histogram.builder().name("hand_seconds").build();
        static final Histogram CLASSIC = Histogram.builder().name("hand_classic_seconds").classicOnly().build();

        public long work(long x) {
            long start = System.nanoTime();
            try {
                return body(x);
            } finally {
                DEFAULT.observe(Unit.nanosToSeconds(System.nanoTime() - start));
            }
        }

        public long workClassic(long x) {
            long start = System.nanoTime();
            try {
                return body(x);
            } finally {
                CLASSIC.observe(Unit.nanosToSeconds(System.nanoTime() - start));
            }
        }

        public CompletableFuture<Long> workPending(CompletableFuture<Long> pending) {
            long start = System.nanoTime();
            return pending.whenComplete((value, failure) -> DEFAULT.observe(Unit.nanosToSeconds(System.nanoTime() - start)));
        }

        public CompletableFuture<Long> workAsync(long x) {
            long start = System.nanoTime();
            return CompletableFuture.completedFuture(body(x))
                    .whenComplete((value, failure) -> DEFAULT.observe(Unit.nanosToSeconds(System.nanoTime() - start)));
        }

        /** Each subscription timed until it terminates, as a person writes it with Mutiny's operators. */
        public Uni<Long> workUni(long x) {
            Uni<Long> work = Uni.createFrom().item(x).map(Services::body);
            return Uni.createFrom().deferred(() -> {
                long start = System.nanoTime();
                return work.onTermination().invoke(() -> DEFAULT.observe(Unit.nanosToSeconds(System.nanoTime() - start)));
            });
        }

        /** The same with Reactor's operators. */
        public Mono<Long> workMono(long x) {
            Mono<Long> work = Mono.just(x).map(Services::body);
            return Mono.defer(() -> {
                long start = System.nanoTime();
                return work.doFinally(signal -> DEFAULT.observe(Unit.nanosToSeconds(System.nanoTime() - start)));
            });
        }
    }

    @ApplicationScoped
    public static class NoopIntercepted {
        @Noop
        public long work(long x) {
            return body(x);
        }

        @Noop
        public CompletableFuture<Long> workAsync(long x) {
            return CompletableFuture.completedFuture(body(x));
        }

        @Noop
        public Uni<Long> workUni(long x) {
            return Uni.createFrom().item(x).map(Services::body);
        }

        @Noop
        public Mono<Long> workMono(long x) {
            return Mono.just(x).map(Services::body);
        }
    }

    @ApplicationScoped
    public static class HandIntercepted {
        @HandTimed
        public long work(long x) {
            return body(x);
        }

        @HandTimedClassic
        public long workClassic(long x) {
            return body(x);
        }
    }

    @ApplicationScoped
    public static class Instrumented {
        @Time("bench_seconds")
        public long timed(long x) {
            return body(x);
        }

        @Time("bench_classic_seconds")
        public long timedClassic(long x) {
            return body(x);
        }

        /** The classic-only interceptor floor on this bean, whose many intercepted methods Weld looks up per call. */
        @HandTimedClassic
        public long handTimedClassic(long x) {
            return body(x);
        }

        @Time(value = "bench_labelled_seconds", labels = "kind=labelled")
        public long timedLabelled(long x) {
            return body(x);
        }

        @Count("bench_calls_total")
        public long counted(long x) {
            return body(x);
        }

        @CountExceptions("bench_failures_total")
        public long exceptionsCounted(long x) {
            return body(x);
        }

        @TrackInProgress("bench_in_progress")
        public long tracked(long x) {
            return body(x);
        }

        @Time("bench_stacked_seconds")
        @CountExceptions("bench_stacked_failures_total")
        @TrackInProgress("bench_stacked_in_progress")
        public long stacked(long x) {
            return body(x);
        }

        @Time("bench_async_seconds")
        public CompletableFuture<Long> timedAsync(long x) {
            return CompletableFuture.completedFuture(body(x));
        }

        @Time("bench_async_classic_seconds")
        public CompletableFuture<Long> timedAsyncClassic(long x) {
            return CompletableFuture.completedFuture(body(x));
        }

        @Time(value = "bench_async_labelled_seconds", labels = "kind=labelled")
        public CompletableFuture<Long> timedAsyncLabelled(long x) {
            return CompletableFuture.completedFuture(body(x));
        }

        @Count("bench_async_calls_total")
        public CompletableFuture<Long> countedAsync(long x) {
            return CompletableFuture.completedFuture(body(x));
        }

        @CountExceptions("bench_async_failures_total")
        public CompletableFuture<Long> exceptionsCountedAsync(long x) {
            return CompletableFuture.completedFuture(body(x));
        }

        @TrackInProgress("bench_async_in_progress")
        public CompletableFuture<Long> trackedAsync(long x) {
            return CompletableFuture.completedFuture(body(x));
        }

        @Time("bench_async_stacked_seconds")
        @CountExceptions("bench_async_stacked_failures_total")
        @TrackInProgress("bench_async_stacked_in_progress")
        public CompletableFuture<Long> stackedAsync(long x) {
            return CompletableFuture.completedFuture(body(x));
        }

        @Time("bench_uni_seconds")
        public Uni<Long> timedUni(long x) {
            return Uni.createFrom().item(x).map(Services::body);
        }

        @Time("bench_mono_seconds")
        public Mono<Long> timedMono(long x) {
            return Mono.just(x).map(Services::body);
        }

        /** A stage that completes after the method returned: measured through the returned future. */
        @Time("bench_async_pending_seconds")
        public CompletableFuture<Long> timedPending(CompletableFuture<Long> pending) {
            return pending;
        }
    }

    @ApplicationScoped
    public static class SmallRyePeer {
        @org.eclipse.microprofile.metrics.annotation.Timed(name = "bench_smallrye", absolute = true)
        public long work(long x) {
            return body(x);
        }
    }

    @ApplicationScoped
    public static class MicrometerPeer {
        @MicrometerTimed
        public long work(long x) {
            return body(x);
        }
    }
}
