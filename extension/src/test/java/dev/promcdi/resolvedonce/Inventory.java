package dev.promcdi.resolvedonce;

import dev.promcdi.Count;
import dev.promcdi.Time;
import jakarta.enterprise.context.RequestScoped;

/** Request scoped: a new bean instance, and so a new interceptor instance, per request. */
@RequestScoped
public class Inventory {

    @Time(value = "inventory_lookup_seconds", labels = "store=north")
    @Count(value = "inventory_lookups_total", labels = "store=north")
    public int lookupNorth() {
        return 1;
    }

    @Time(value = "inventory_lookup_seconds", labels = "store=south")
    @Count(value = "inventory_lookups_total", labels = "store=south")
    public int lookupSouth() {
        return 2;
    }
}
