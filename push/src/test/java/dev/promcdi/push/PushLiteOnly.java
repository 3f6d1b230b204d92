package dev.promcdi.push;

import dev.promcdi.push.internal.PushBuildExtension;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;

/**
 * The push module's build compatible extension as a CDI Lite container runs it, without the
 * {@code @SkipIfPortableExtensionPresent} that makes Weld skip the original (see the core's
 * {@code LiteOnly}).
 */
public class PushLiteOnly extends PushBuildExtension {

    @Override
    @Discovery
    public void addLifecycle(ScannedClasses classes) {
        super.addLifecycle(classes);
    }
}
