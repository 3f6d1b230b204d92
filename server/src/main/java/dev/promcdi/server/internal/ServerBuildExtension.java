package dev.promcdi.server.internal;

import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;
import jakarta.enterprise.inject.build.compatible.spi.SkipIfPortableExtensionPresent;

/**
 * Adds the bean that starts the standalone server and announces the endpoint on CDI Lite
 * containers; on CDI Full the portable {@link ServerExtension} does, and this one does not run.
 */
@SkipIfPortableExtensionPresent(ServerExtension.class)
public class ServerBuildExtension implements BuildCompatibleExtension {

    /** Creates the extension; the container does, through the service loader. */
    public ServerBuildExtension() {
    }

    /**
     * Adds the lifecycle bean.
     *
     * @param classes the classes the container discovers
     */
    @Discovery
    public void addLifecycle(ScannedClasses classes) {
        classes.add(EndpointLifecycle.class.getName());
    }
}
