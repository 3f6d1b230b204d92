package dev.promcdi.scopes;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@Timed
public class Catalog {

    public String browse() {
        return "books";
    }
}
