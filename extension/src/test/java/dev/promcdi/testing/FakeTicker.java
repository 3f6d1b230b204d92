package dev.promcdi.testing;

import dev.promcdi.spi.Ticker;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that advances exactly one second per reading, so every measured call lasts 1 s. */
public final class FakeTicker implements Ticker {

    private final AtomicLong seconds = new AtomicLong();

    @Override
    public long read() {
        return seconds.getAndIncrement() * 1_000_000_000L;
    }
}
