package dev.promcdi.internal.reactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.smallrye.mutiny.Uni;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** C10: a reactive type promcdi's own class loader does not resolve to the application's. */
class PublisherTypesTest {

    @Test
    void C10_aLibraryCopyPromcdiCannotSeeIsReportedWithTheWayOut() throws Exception {
        URL mutiny = Uni.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader application = new URLClassLoader(new URL[] {mutiny}, ClassLoader.getPlatformClassLoader())) {
            Class<?> othersUni = application.loadClass("io.smallrye.mutiny.Uni");
            assertNotSame(Uni.class, othersUni);

            assertEquals("promcdi's class loader does not see the io.smallrye.mutiny.Uni the application uses, so it "
                    + "cannot measure it; deploy promcdi-extension beside that library (in the same WAR or module).",
                    PublisherTypes.unmeasurable(othersUni));
        }
        assertNull(PublisherTypes.unmeasurable(Uni.class), "the copy promcdi sees is measured");
    }
}
