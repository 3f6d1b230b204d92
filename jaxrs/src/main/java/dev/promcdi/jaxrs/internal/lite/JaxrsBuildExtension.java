package dev.promcdi.jaxrs.internal.lite;

import dev.promcdi.spi.CdiDeployment;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;
import jakarta.enterprise.inject.build.compatible.spi.SkipIfPortableExtensionPresent;

/**
 * Keeps the application's request monitors on CDI Lite containers ({@link KeptMonitors}); CDI Full
 * containers keep every bean, and run promcdi's portable extensions instead of this one.
 */
@SkipIfPortableExtensionPresent(CdiDeployment.class)
public class JaxrsBuildExtension implements BuildCompatibleExtension {

    /** Creates the extension; the container does, through the service loader. */
    public JaxrsBuildExtension() {
    }

    /**
     * Adds the bean that keeps the monitors.
     *
     * @param classes the classes the container discovers
     */
    @Discovery
    public void keepMonitors(ScannedClasses classes) {
        classes.add(KeptMonitors.class.getName());
    }
}
