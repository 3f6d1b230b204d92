package dev.promcdi.generics;

import dev.promcdi.Time;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@ApplicationScoped
public class Users implements Repository<String> {

    @Override
    @Time("users_save_seconds")
    public CompletionStage<String> save(String user) {
        return CompletableFuture.completedFuture(user);
    }
}
