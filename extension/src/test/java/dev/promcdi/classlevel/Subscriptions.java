package dev.promcdi.classlevel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/** Inherits Billing's class-level bindings: they are @Inherited. */
@ApplicationScoped
@Typed(Subscriptions.class)
public class Subscriptions extends Billing {

    public String renew() {
        return "renewed";
    }
}
