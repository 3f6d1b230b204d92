package dev.promcdi.internal;

import dev.promcdi.spi.Ticker;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;

/**
 * The measurement of a method that returns a lazy publisher: the call is only its assembly, the
 * work runs per subscription. {@code @Count} counts the call; the other probes measure each
 * subscription, through the {@link PublisherAdapter} of the declared return type. A method that
 * throws instead of returning a publisher is measured like a synchronous throw.
 */
public final class PublisherSite implements MeasuredMethod {

    private final Site call;
    private final Site subscriptions;
    private final PublisherAdapter adapter;

    /**
     * Prepares the measurement of one method returning a publisher.
     *
     * @param ticker the clock
     * @param probes the probes, in the order they enter; owned by the site from now on
     * @param adapter measures the subscriptions of the declared return type
     */
    public PublisherSite(Ticker ticker, Probe[] probes, PublisherAdapter adapter) {
        this.call = new Site(ticker, Arrays.stream(probes).filter(Probe::atCall).toArray(Probe[]::new), void.class);
        this.subscriptions = new Site(ticker,
                Arrays.stream(probes).filter(probe -> !probe.atCall()).toArray(Probe[]::new), void.class);
        this.adapter = adapter;
    }

    @Override
    public Object proceed(InvocationContext invocation) throws Exception {
        call.enter();
        long start = subscriptions.clock();
        Object result;
        try {
            result = invocation.proceed();
        } catch (Throwable failure) {
            call.exit(0L, failure, null);
            subscriptions.record(start, failure);
            throw failure;
        }
        call.exit(0L, null, null);
        if (result == null) { // nothing to subscribe to: over at return, like a null stage
            subscriptions.record(start, null);
            return null;
        }
        return adapter.measure(result, subscriptions, subscriptions.exemplar());
    }
}
