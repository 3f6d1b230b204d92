package dev.promcdi.generics;

import java.util.concurrent.CompletionStage;

/** A generic base: its implementations get bridge methods. */
public interface Repository<T> {

    CompletionStage<T> save(T item);
}
