package dev.promcdi.push.internal;

import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;
import jakarta.enterprise.inject.build.compatible.spi.SkipIfPortableExtensionPresent;

/**
 * Adds the beans that push to the Pushgateway and write the textfile on CDI Lite containers; on
 * CDI Full the portable {@link PushExtension} does, and this one does not run.
 */
@SkipIfPortableExtensionPresent(PushExtension.class)
public class PushBuildExtension implements BuildCompatibleExtension {

    /** Creates the extension; the container does, through the service loader. */
    public PushBuildExtension() {
    }

    /**
     * Adds the lifecycle beans.
     *
     * @param classes the classes the container discovers
     */
    @Discovery
    public void addLifecycle(ScannedClasses classes) {
        classes.add(PushLifecycle.class.getName());
        classes.add(TextfileLifecycle.class.getName());
    }
}
