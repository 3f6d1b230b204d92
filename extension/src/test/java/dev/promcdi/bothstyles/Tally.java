package dev.promcdi.bothstyles;

import dev.promcdi.Count;
import dev.promcdi.Time;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class Tally {

    @Count("tally_adds")
    @Time("tally_add_seconds")
    public void add() {
    }
}
