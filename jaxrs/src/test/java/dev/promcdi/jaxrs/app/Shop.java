package dev.promcdi.jaxrs.app;

import dev.promcdi.jaxrs.PrometheusFeature;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The test application: its classes are listed, so no class path scanning is involved. */
@ApplicationPath("api")
public class Shop extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Users.class, Shops.class, Orders.class, Catalog.class, Failures.class,
                Failures.OutOfStockMapper.class, Async.class, PrometheusFeature.class);
    }
}
