package dev.promcdi.internal.cdi;

import java.lang.reflect.Method;
import java.util.List;

/** A business method of a bean and the bindings in effect on it, method-level over class-level. */
record InstrumentedMethod(Method method, List<Binding> bindings) {
}
