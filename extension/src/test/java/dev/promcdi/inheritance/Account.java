package dev.promcdi.inheritance;

import dev.promcdi.Count;
import dev.promcdi.Time;

/** Not a bean itself: its bound methods reach the container through its subclass. */
public abstract class Account {

    @Count("accounts_deposits")
    public void deposit() {
    }

    @Time("accounts_audit_seconds")
    public void audit() {
    }
}
