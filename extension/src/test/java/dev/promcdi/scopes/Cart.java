package dev.promcdi.scopes;

import dev.promcdi.Count;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/** A bean of a passivating scope: its interceptors must be serializable. */
@SessionScoped
public class Cart implements Serializable {

    private static final long serialVersionUID = 1L;

    private int items;

    @Count("cart_updates_total")
    public int add() {
        return ++items;
    }
}
