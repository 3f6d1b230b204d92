package dev.promcdi.internal.cdi;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;
import java.util.List;

/**
 * The names of the bean classes with bindings, as the build compatible extension found them: the
 * one thing it hands from the build to the running application. Not part of the API.
 *
 * @param names the class names
 */
public record InstrumentedClasses(List<String> names) {

    /** The parameter that carries the names. */
    static final String NAMES = "names";

    /** Makes the bean from the names the extension passed as a parameter; the container calls it. */
    public static final class Creator implements SyntheticBeanCreator<InstrumentedClasses> {

        /** Creates the creator; the container does. */
        public Creator() {
        }

        @Override
        public InstrumentedClasses create(Instance<Object> lookup, Parameters params) {
            return new InstrumentedClasses(List.of(params.get(NAMES, String[].class, new String[0])));
        }
    }
}
