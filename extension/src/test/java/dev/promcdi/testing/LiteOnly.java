package dev.promcdi.testing;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import dev.promcdi.internal.cdi.PromcdiBuildExtension;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.Registration;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;

/**
 * promcdi's build compatible extension as a CDI Lite container runs it: Weld, a Full container,
 * skips the original because the portable extension could run, so tests run this copy without
 * {@code @SkipIfPortableExtensionPresent}. Its phase methods must be declared here to be found.
 */
public class LiteOnly extends PromcdiBuildExtension {

    @Override
    @Discovery
    public void addClasses(ScannedClasses classes) {
        super.addClasses(classes);
    }

    @Override
    @Enhancement(types = Object.class, withSubtypes = true, withAnnotations = {Time.class, CountExceptions.class,
            TrackInProgress.class, Count.class})
    public void stripBindingsFromFinalClasses(ClassConfig type) {
        super.stripBindingsFromFinalClasses(type);
    }

    @Override
    @Registration(types = Object.class)
    public void findBindings(BeanInfo bean) {
        super.findBindings(bean);
    }

    @Override
    @Synthesis
    public void passClasses(SyntheticComponents components) {
        super.passClasses(components);
    }
}
