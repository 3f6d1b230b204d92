package dev.promcdi.internal.cdi;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import dev.promcdi.internal.Instrumented;
import jakarta.enterprise.inject.Stereotype;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.Registration;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;
import jakarta.enterprise.inject.build.compatible.spi.SkipIfPortableExtensionPresent;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.lang.model.AnnotationInfo;
import jakarta.enterprise.lang.model.declarations.ClassInfo;
import jakarta.enterprise.lang.model.declarations.MethodInfo;
import jakarta.inject.Singleton;
import jakarta.interceptor.InterceptorBinding;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The build compatible extension, for CDI Lite containers such as Quarkus: adds the interceptor
 * and {@link LiteInstrumentation}, and finds the bean classes with bindings, which
 * {@link LiteInstrumentation} checks and measures when the application starts. On CDI Full the
 * portable {@link PromcdiExtension} does all of it, and this one does not run.
 */
@SkipIfPortableExtensionPresent(PromcdiExtension.class)
public class PromcdiBuildExtension implements BuildCompatibleExtension {

    private static final Set<String> BINDINGS = Set.of(Time.class.getName(), CountExceptions.class.getName(),
            TrackInProgress.class.getName(), Count.class.getName());

    private final Set<String> instrumented = new TreeSet<>();
    /** Classes whose bindings were taken off, which the container no longer sees as instrumented. */
    private final Set<String> stripped = new HashSet<>();

    /** Creates the extension; the container does, through the service loader. */
    public PromcdiBuildExtension() {
    }

    /**
     * Adds promcdi's classes, so the promcdi jar needs no bean scanning of its own: the bindings too,
     * as a container that indexes classes knows only the annotations it indexed.
     *
     * @param classes the classes the container discovers
     */
    @Discovery
    public void addClasses(ScannedClasses classes) {
        Stream.of(Instrumented.class, Time.class, CountExceptions.class, TrackInProgress.class, Count.class,
                MetricsInterceptor.class, LiteInstrumentation.class).map(Class::getName).forEach(classes::add);
    }

    /**
     * Takes the bindings off a class the container cannot intercept (final, or with a final method
     * it would intercept), which it would refuse with a message of its own; {@link LiteInstrumentation}
     * reads the class itself and reports them with every other problem.
     *
     * @param type a class with bindings
     */
    @Enhancement(types = Object.class, withSubtypes = true, withAnnotations = {Time.class, CountExceptions.class,
            TrackInProgress.class, Count.class})
    public void stripBindingsFromFinalClasses(ClassConfig type) {
        ClassInfo info = type.info();
        boolean classBinding = info.annotations().stream().anyMatch(annotation -> BINDINGS.contains(annotation.name()));
        boolean refused = info.isFinal() || info.methods().stream().anyMatch(method -> method.isFinal()
                && !method.isStatic() && !Modifier.isPrivate(method.modifiers())
                && (classBinding || method.annotations().stream().anyMatch(a -> BINDINGS.contains(a.name()))));
        if (refused) {
            stripped.add(info.name());
            type.removeAnnotation(annotation -> BINDINGS.contains(annotation.name()));
            type.methods().forEach(method -> method.removeAnnotation(annotation -> BINDINGS.contains(annotation.name())));
        }
    }

    /**
     * Remembers each bean class that has a binding, declared or inherited.
     *
     * @param bean a bean
     */
    @Registration(types = Object.class)
    public void findBindings(BeanInfo bean) {
        if (bean.isClassBean()) {
            for (ClassInfo type = bean.declaringClass(); type != null; type = type.superClassDeclaration()) {
                if (stripped.contains(type.name()) || hasBinding(type)) {
                    instrumented.add(bean.declaringClass().name());
                    return;
                }
            }
        }
    }

    /**
     * Hands the classes found to the running application.
     *
     * @param components what the extension adds
     */
    @Synthesis
    public void passClasses(SyntheticComponents components) {
        components.addBean(InstrumentedClasses.class).type(InstrumentedClasses.class).scope(Singleton.class)
                .withParam(InstrumentedClasses.NAMES, instrumented.toArray(String[]::new))
                .createWith(InstrumentedClasses.Creator.class);
    }

    private static boolean hasBinding(ClassInfo type) {
        Set<String> seen = new HashSet<>();
        if (type.annotations().stream().anyMatch(annotation -> isBinding(annotation, seen))) {
            return true;
        }
        for (MethodInfo method : type.methods()) {
            if (method.annotations().stream().anyMatch(annotation -> isBinding(annotation, seen))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code annotation} is a binding, or a stereotype or interceptor binding carrying one. */
    private static boolean isBinding(AnnotationInfo annotation, Set<String> seen) {
        if (BINDINGS.contains(annotation.name())) {
            return true;
        }
        ClassInfo declaration = annotation.declaration();
        boolean carrier = declaration.hasAnnotation(Stereotype.class) || declaration.hasAnnotation(InterceptorBinding.class);
        return carrier && seen.add(annotation.name())
                && declaration.annotations().stream().anyMatch(meta -> isBinding(meta, seen));
    }
}
