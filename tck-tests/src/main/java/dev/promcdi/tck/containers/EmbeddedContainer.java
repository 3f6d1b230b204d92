package dev.promcdi.tck.containers;

import dev.promcdi.tck.app.TckApplication;
import dev.promcdi.tck.broken.BrokenBean;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.ws.rs.SeBootstrap;
import java.net.URI;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

/**
 * The contract application on whatever CDI and JAX-RS implementations are on the class path
 * (Weld and RESTEasy in this build), through the JAX-RS {@code SeBootstrap} API. The broken
 * definitions are deployed to a CDI SE container of their own, which must refuse to start.
 */
final class EmbeddedContainer implements Container {

    private static final String BROKEN_SETTING = "promcdi.jvm-metrics.enabled";

    private final Map<String, String> systemProperties;
    private final StringBuilder log = new StringBuilder();
    private SeBootstrap.Instance instance;

    EmbeddedContainer(Wars wars) {
        this.systemProperties = wars.systemProperties();
    }

    @Override
    public void start() throws Exception {
        systemProperties.forEach(System::setProperty);
        startApplication();
        deployBroken();
    }

    private void startApplication() throws Exception {
        instance = SeBootstrap.start(new TckApplication(), SeBootstrap.Configuration.builder().host("127.0.0.1")
                .port(SeBootstrap.Configuration.FREE_PORT).rootPath("/tck").build())
                .toCompletableFuture().get(2, TimeUnit.MINUTES);
    }

    private void deployBroken() {
        SeContainerInitializer initializer = SeContainerInitializer.newInstance().disableDiscovery()
                .addBeanClasses(BrokenBean.class);
        ServiceLoader.load(Extension.class).forEach(initializer::addExtensions);
        System.setProperty(BROKEN_SETTING, "sometimes"); // what the broken archive's microprofile-config.properties says
        try {
            SeContainer unexpected = initializer.initialize();
            unexpected.close();
            log.append("The broken definitions deployed without error.\n");
        } catch (RuntimeException refused) {
            log.append(refused).append('\n');
        } finally {
            System.clearProperty(BROKEN_SETTING);
        }
    }

    @Override
    public URI api() {
        return URI.create("http://127.0.0.1:" + instance.configuration().port() + "/tck/api/");
    }

    @Override
    public URI brokenApi() {
        return api().resolve("/tck-broken/api/");
    }

    @Override
    public String log() {
        return log.toString();
    }

    @Override
    public void redeploy() throws Exception {
        stopApplication();
        startApplication();
    }

    @Override
    public void close() throws Exception {
        stopApplication();
        systemProperties.keySet().forEach(System::clearProperty);
    }

    private void stopApplication() throws Exception {
        if (instance != null) {
            instance.stop().toCompletableFuture().get(1, TimeUnit.MINUTES);
            instance = null;
        }
    }
}
