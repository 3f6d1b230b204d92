package dev.promcdi.example;

import dev.promcdi.jaxrs.PrometheusFeature;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The shop's JAX-RS application under {@code /api}, with the metrics at {@code /api/metrics}. */
@ApplicationPath("api")
public class ShopApplication extends Application {

    /** Creates the application; the JAX-RS runtime does. */
    public ShopApplication() {
    }

    /** The shop's resources and providers, and promcdi's feature. */
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ProductsResource.class, OrdersResource.class, UnknownProductMapper.class,
                PrometheusFeature.class);
    }
}
