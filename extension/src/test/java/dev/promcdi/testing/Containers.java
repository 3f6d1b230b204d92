package dev.promcdi.testing;

import dev.promcdi.internal.cdi.PromcdiExtension;
import dev.promcdi.spi.CdiDeployment;
import java.util.stream.Stream;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.junit5.WeldInitiator;

/** Weld containers holding promcdi on the {@link FakeTicker}, the given beans and, for tests, {@link Fixtures}. */
public final class Containers {

    private Containers() {
    }

    /** A container with a fresh registry. */
    public static WeldInitiator withFixtures(Class<?>... beans) {
        return WeldInitiator.from(weld(Stream.concat(Stream.of(Fixtures.class), Stream.of(beans))
                .toArray(Class<?>[]::new))).build();
    }

    /** A container with only promcdi and the given beans; every measured call lasts one second. */
    public static Weld weld(Class<?>... beans) {
        return WeldInitiator.createWeld().addExtension(new PromcdiExtension(new FakeTicker()))
                .addExtension(new CdiDeployment()).addBeanClasses(beans);
    }
}
