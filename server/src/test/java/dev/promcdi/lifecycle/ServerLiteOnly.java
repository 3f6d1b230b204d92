package dev.promcdi.lifecycle;

import dev.promcdi.server.internal.ServerBuildExtension;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;

/**
 * The server module's build compatible extension as a CDI Lite container runs it, without the
 * {@code @SkipIfPortableExtensionPresent} that makes Weld skip the original (see the core's
 * {@code LiteOnly}).
 */
public class ServerLiteOnly extends ServerBuildExtension {

    @Override
    @Discovery
    public void addLifecycle(ScannedClasses classes) {
        super.addLifecycle(classes);
    }
}
