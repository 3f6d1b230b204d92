package dev.promcdi.testing;

import dev.promcdi.internal.cdi.PromcdiExtension;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.promcdi.spi.CdiDeployment;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.lite.extension.translator.LiteExtensionTranslator;
import org.jboss.weld.junit5.WeldInitiator;

/**
 * Weld containers holding promcdi on the {@link FakeTicker}, the given beans and, for tests,
 * {@link Fixtures}. With {@code -Dpromcdi.test.cdi=lite} promcdi runs as on a CDI Lite container:
 * through its build compatible extension alone.
 */
public final class Containers {

    /** Whether the tests run promcdi's build compatible extension instead of its portable one. */
    public static final boolean LITE = "lite".equals(System.getProperty("promcdi.test.cdi"));

    private Containers() {
    }

    /** A container with a fresh registry. */
    public static WeldInitiator withFixtures(Class<?>... beans) {
        return WeldInitiator.from(weld(Stream.concat(Stream.of(Fixtures.class), Stream.of(beans))
                .toArray(Class<?>[]::new))).build();
    }

    /** A container with only promcdi and the given beans; every measured call lasts one second. */
    public static Weld weld(Class<?>... beans) {
        return weld(List.of(), List.of(), beans);
    }

    /**
     * A container with promcdi, one more of its modules and the given beans: the module's portable
     * extension, or with {@code -Dpromcdi.test.cdi=lite} its build compatible one, {@code lite}: a
     * copy without {@code @SkipIfPortableExtensionPresent}, as {@link LiteOnly} is of the core's.
     */
    public static Weld weldWithModule(Extension portable, Class<? extends BuildCompatibleExtension> lite,
            Class<?>... beans) {
        return weld(List.of(portable), List.of(lite), beans);
    }

    private static Weld weld(List<Extension> portable, List<Class<? extends BuildCompatibleExtension>> lite,
            Class<?>... beans) {
        Weld weld = WeldInitiator.createWeld().addBeanClasses(beans);
        if (LITE) {
            List<Class<? extends BuildCompatibleExtension>> extensions = new ArrayList<>(List.of(LiteOnly.class));
            extensions.addAll(lite);
            return weld.addExtension(new LiteExtensionTranslator(extensions, Containers.class.getClassLoader()))
                    .addBeanClass(FakeTicker.class);
        }
        weld.addExtension(new PromcdiExtension(new FakeTicker())).addExtension(new CdiDeployment());
        portable.forEach(weld::addExtension);
        return weld;
    }

    /**
     * Starts {@code weld}, which must fail, and answers promcdi's report: the exception itself on
     * CDI Full, where the portable extension reports a deployment problem; on CDI Lite, where the
     * report comes from a bean created at startup, the container may wrap it.
     */
    public static DeploymentException startFailure(Weld weld) {
        Throwable failure = assertThrows(RuntimeException.class, () -> weld.initialize().shutdown(),
                "the container must not start");
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DeploymentException report) {
                return report;
            }
        }
        throw new AssertionError("The start failed without a DeploymentException", failure);
    }
}
