package dev.promcdi.inheritance;

import jakarta.enterprise.context.ApplicationScoped;

/** A bean whose bound methods are all inherited, one of them overridden without its binding. */
@ApplicationScoped
public class Savings extends Account {

    @Override
    public void audit() {
    }
}
