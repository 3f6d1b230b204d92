package dev.promcdi.tck.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/** Calls whose stages are still pending between two requests: the method's own future and what the caller got. */
@ApplicationScoped
public class PendingCalls {

    /** The future a measured method returned, and the stage its caller received. */
    record Call(CompletableFuture<String> own, CompletionStage<String> returned) {
    }

    private final Map<String, Call> calls = new ConcurrentHashMap<>();

    void put(String id, Call call) {
        if (calls.putIfAbsent(id, call) != null) {
            throw new IllegalArgumentException("A call with id '" + id + "' is already pending.");
        }
    }

    Call take(String id) {
        Call call = calls.remove(id);
        if (call == null) {
            throw new IllegalArgumentException("No call with id '" + id + "' is pending.");
        }
        return call;
    }
}
