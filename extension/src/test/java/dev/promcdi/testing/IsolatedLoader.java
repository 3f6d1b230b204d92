package dev.promcdi.testing;

import java.io.File;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * A class loader over this JVM's whole class path that shares nothing but the JDK with the test,
 * as a WAR's loader shares nothing with another WAR: what it loads (Weld, the client, promcdi,
 * the application) can only be collected when nothing outside holds on to it.
 */
public final class IsolatedLoader {

    private IsolatedLoader() {
    }

    /** A new isolated loader named {@code name}. */
    public static URLClassLoader create(String name) {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            try {
                urls.add(new File(entry).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new URLClassLoader(name, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** Runs {@code type}, a {@link Callable} with a public no-argument constructor, as {@code loader} loads it. */
    public static Object call(ClassLoader loader, Class<? extends Callable<?>> type) throws Exception {
        return ((Callable<?>) loader.loadClass(type.getName()).getDeclaredConstructor().newInstance()).call();
    }

    /**
     * Starts {@code weld} inside an isolated deployment. Weld finds build compatible extensions
     * through the context loader, which is the test's and holds another copy of promcdi, whose
     * classes do not fit this deployment's; so the container starts with one that holds none.
     */
    public static WeldContainer start(Weld weld) {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            return weld.initialize();
        } finally {
            thread.setContextClassLoader(caller);
        }
    }
}
