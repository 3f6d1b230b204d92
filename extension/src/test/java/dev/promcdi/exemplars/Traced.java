package dev.promcdi.exemplars;

import dev.promcdi.Time;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import reactor.core.publisher.Mono;

/** Timed work that ends on another thread than the call's, and one call that ends on its own. */
@ApplicationScoped
public class Traced {

    @Time("now_seconds")
    public String now() {
        return "now";
    }

    /** Work someone else completes, after the call returned. */
    @Time("later_seconds")
    public CompletionStage<String> later(CompletionStage<String> work) {
        return work;
    }

    @Time("uni_seconds")
    public Uni<String> uni(Executor elsewhere) {
        return Uni.createFrom().item("uni").emitOn(elsewhere);
    }

    @Time("mono_seconds")
    public Mono<String> mono(Executor elsewhere) {
        return Mono.just("mono").publishOn(reactor.core.scheduler.Schedulers.fromExecutor(elsewhere));
    }

    @Time("flow_seconds")
    public Flow.Publisher<String> flow(Executor elsewhere) {
        return subscriber -> {
            SubmissionPublisher<String> publisher = new SubmissionPublisher<>(elsewhere, 4);
            publisher.subscribe(subscriber);
            publisher.submit("flow");
            publisher.close();
        };
    }
}
