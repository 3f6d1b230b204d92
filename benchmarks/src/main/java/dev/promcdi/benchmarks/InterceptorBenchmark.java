package dev.promcdi.benchmarks;

import dev.promcdi.internal.cdi.PromcdiExtension;
import dev.promcdi.spi.CdiDeployment;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.smallrye.metrics.legacyapi.LegacyMetricsExtension;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;

/**
 * One call of each bean method through its CDI proxy, in one Weld SE container: the plain call,
 * the hand-written floor, the container's no-op interceptor, each promcdi binding, and a peer.
 * Compare ratios within one run: {@code (promcdi - noop) / (handWritten - plain)}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class InterceptorBenchmark {

    /** The container and the beans, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Container {
        WeldContainer weld;
        Services.Plain plain;
        Services.HandWritten handWritten;
        Services.NoopIntercepted noop;
        Services.HandIntercepted handIntercepted;
        Services.Instrumented promcdi;
        Services.MicrometerPeer micrometer;
        Services.SmallRyePeer smallRye;

        @Setup(Level.Trial)
        public void start() {
            weld = new Weld("promcdi-benchmarks").disableDiscovery().addExtension(new PromcdiExtension()).addExtension(new CdiDeployment())
                    .addExtension(new LegacyMetricsExtension())
                    .addBeanClasses(Services.Registries.class, Services.Plain.class, Services.HandWritten.class,
                            Services.NoopIntercepted.class, Services.Instrumented.class, Services.MicrometerPeer.class,
                            Services.SmallRyePeer.class, Services.HandIntercepted.class,
                            NoopInterceptor.class, HandTimedInterceptor.class, HandTimedClassicInterceptor.class,
                            MicrometerTimedInterceptor.class)
                    .property("org.jboss.weld.bootstrap.concurrentDeployment", false).initialize();
            plain = weld.select(Services.Plain.class).get();
            handWritten = weld.select(Services.HandWritten.class).get();
            noop = weld.select(Services.NoopIntercepted.class).get();
            handIntercepted = weld.select(Services.HandIntercepted.class).get();
            promcdi = weld.select(Services.Instrumented.class).get();
            micrometer = weld.select(Services.MicrometerPeer.class).get();
            smallRye = weld.select(Services.SmallRyePeer.class).get();
        }

        @TearDown(Level.Trial)
        public void stop() {
            weld.shutdown();
        }
    }

    /** A per-thread argument, so the body cannot be folded away. */
    @State(Scope.Thread)
    public static class Argument {
        long x = System.nanoTime();
    }

    @Benchmark
    public long plain(Container c, Argument a) {
        return c.plain.work(a.x);
    }

    @Benchmark
    public long handWritten(Container c, Argument a) {
        return c.handWritten.work(a.x);
    }

    @Benchmark
    public long handWrittenClassic(Container c, Argument a) {
        return c.handWritten.workClassic(a.x);
    }

    @Benchmark
    public long noopInterceptor(Container c, Argument a) {
        return c.noop.work(a.x);
    }

    /** The floor for an interceptor: {@code nanoTime} + {@code observe} around {@code proceed()}, nothing else. */
    @Benchmark
    public long handWrittenInterceptor(Container c, Argument a) {
        return c.handIntercepted.work(a.x);
    }

    @Benchmark
    public long handWrittenInterceptorClassic(Container c, Argument a) {
        return c.handIntercepted.workClassic(a.x);
    }

    @Benchmark
    public long handWrittenInterceptorClassicOnInstrumentedBean(Container c, Argument a) {
        return c.promcdi.handTimedClassic(a.x);
    }

    @Benchmark
    public long time(Container c, Argument a) {
        return c.promcdi.timed(a.x);
    }

    @Benchmark
    public long timeClassic(Container c, Argument a) {
        return c.promcdi.timedClassic(a.x);
    }

    @Benchmark
    public long timeLabelled(Container c, Argument a) {
        return c.promcdi.timedLabelled(a.x);
    }

    @Benchmark
    public long count(Container c, Argument a) {
        return c.promcdi.counted(a.x);
    }

    @Benchmark
    public long countExceptions(Container c, Argument a) {
        return c.promcdi.exceptionsCounted(a.x);
    }

    @Benchmark
    public long trackInProgress(Container c, Argument a) {
        return c.promcdi.tracked(a.x);
    }

    @Benchmark
    public long stacked(Container c, Argument a) {
        return c.promcdi.stacked(a.x);
    }

    @Benchmark
    public long micrometerPeer(Container c, Argument a) {
        return c.micrometer.work(a.x);
    }

    @Benchmark
    public long smallRyePeer(Container c, Argument a) {
        return c.smallRye.work(a.x);
    }

    @Benchmark
    public CompletableFuture<Long> asyncPlain(Container c, Argument a) {
        return c.plain.workAsync(a.x);
    }

    @Benchmark
    public CompletableFuture<Long> asyncHandWritten(Container c, Argument a) {
        return c.handWritten.workAsync(a.x);
    }

    @Benchmark
    public CompletableFuture<Long> asyncNoopInterceptor(Container c, Argument a) {
        return c.noop.workAsync(a.x);
    }

    @Benchmark
    public CompletableFuture<Long> asyncTime(Container c, Argument a) {
        return c.promcdi.timedAsync(a.x);
    }

    @Benchmark
    public CompletableFuture<Long> asyncTimeClassic(Container c, Argument a) {
        return c.promcdi.timedAsyncClassic(a.x);
    }

    @Benchmark
    public CompletableFuture<Long> asyncTimeLabelled(Container c, Argument a) {
        return c.promcdi.timedAsyncLabelled(a.x);
    }

    @Benchmark
    public CompletableFuture<Long> asyncCount(Container c, Argument a) {
        return c.promcdi.countedAsync(a.x);
    }

    @Benchmark
    public CompletableFuture<Long> asyncCountExceptions(Container c, Argument a) {
        return c.promcdi.exceptionsCountedAsync(a.x);
    }

    @Benchmark
    public CompletableFuture<Long> asyncTrackInProgress(Container c, Argument a) {
        return c.promcdi.trackedAsync(a.x);
    }

    @Benchmark
    public CompletableFuture<Long> asyncStacked(Container c, Argument a) {
        return c.promcdi.stackedAsync(a.x);
    }

    /** The stage completes after the call returned, so promcdi hands back its own future. */
    @Benchmark
    public Long asyncTimePending(Container c, Argument a) {
        CompletableFuture<Long> pending = new CompletableFuture<>();
        CompletableFuture<Long> returned = c.promcdi.timedPending(pending);
        pending.complete(a.x);
        return returned.join();
    }

    /** {@link #asyncTimePending} with a sampled span current at the call: the trace is kept for the exemplar. */
    @Benchmark
    public Long asyncTimePendingTraced(Container c, Argument a, Traced traced) {
        return asyncTimePending(c, a);
    }

    /** The same by hand: a new future, completed after the call, with whenComplete + observe. */
    @Benchmark
    public Long asyncHandWrittenPending(Container c, Argument a) {
        CompletableFuture<Long> pending = new CompletableFuture<>();
        CompletableFuture<Long> returned = c.handWritten.workPending(pending);
        pending.complete(a.x);
        return returned.join();
    }

    @Benchmark
    public Long uniPlain(Container c, Argument a, Sink sink) {
        return c.plain.workUni(a.x).subscribe().withSubscriber(sink).take();
    }

    /** Subscribe-to-termination timing written with Mutiny's own operators: the floor. */
    @Benchmark
    public Long uniHandWritten(Container c, Argument a, Sink sink) {
        return c.handWritten.workUni(a.x).subscribe().withSubscriber(sink).take();
    }

    @Benchmark
    public Long uniNoopInterceptor(Container c, Argument a, Sink sink) {
        return c.noop.workUni(a.x).subscribe().withSubscriber(sink).take();
    }

    @Benchmark
    public Long uniTime(Container c, Argument a, Sink sink) {
        return c.promcdi.timedUni(a.x).subscribe().withSubscriber(sink).take();
    }

    @Benchmark
    public Long monoPlain(Container c, Argument a, Sink sink) {
        c.plain.workMono(a.x).subscribe(sink);
        return sink.take();
    }

    /** Subscribe-to-termination timing written with Reactor's own operators: the floor. */
    @Benchmark
    public Long monoHandWritten(Container c, Argument a, Sink sink) {
        c.handWritten.workMono(a.x).subscribe(sink);
        return sink.take();
    }

    @Benchmark
    public Long monoNoopInterceptor(Container c, Argument a, Sink sink) {
        c.noop.workMono(a.x).subscribe(sink);
        return sink.take();
    }

    @Benchmark
    public Long monoTime(Container c, Argument a, Sink sink) {
        c.promcdi.timedMono(a.x).subscribe(sink);
        return sink.take();
    }

    /**
     * One subscriber per thread for every {@code uni*} and {@code mono*} call, requesting all and
     * keeping the item: subscribing costs the same in every variant, with no latch as
     * {@code await()} and {@code block()} have.
     */
    @State(Scope.Thread)
    public static class Sink implements UniSubscriber<Long>, CoreSubscriber<Long> {
        private Long item;

        @Override
        public void onSubscribe(UniSubscription subscription) {
        }

        @Override
        public void onSubscribe(Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onItem(Long value) {
            item = value;
        }

        @Override
        public void onNext(Long value) {
            item = value;
        }

        @Override
        public void onFailure(Throwable failure) {
            throw new IllegalStateException(failure);
        }

        @Override
        public void onError(Throwable failure) {
            throw new IllegalStateException(failure);
        }

        @Override
        public void onComplete() {
        }

        Long take() {
            Long taken = item;
            item = null;
            return taken;
        }
    }

    /** A sampled OpenTelemetry span, current on the benchmark thread for the whole trial. */
    @State(Scope.Thread)
    public static class Traced {
        SdkTracerProvider tracing;
        Span span;
        io.opentelemetry.context.Scope current;

        @Setup(Level.Trial)
        public void enter() {
            tracing = SdkTracerProvider.builder().addSpanProcessor(new SpanProcessor() {
                @Override
                public void onStart(Context parent, ReadWriteSpan started) {
                }

                @Override
                public boolean isStartRequired() {
                    return false;
                }

                @Override
                public void onEnd(ReadableSpan ended) {
                }

                @Override
                public boolean isEndRequired() {
                    return false;
                }
            }).build();
            span = tracing.get("promcdi-benchmarks").spanBuilder("request").startSpan();
            current = span.makeCurrent();
        }

        @TearDown(Level.Trial)
        public void leave() {
            current.close();
            span.end();
            tracing.close();
        }
    }
}
