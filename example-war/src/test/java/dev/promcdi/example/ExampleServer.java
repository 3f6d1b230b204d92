package dev.promcdi.example;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The example on embedded RESTEasy and Weld, through the JAX-RS {@code SeBootstrap} API.
 *
 * <p>{@code main} serves it until Ctrl-C, on {@code -Dhost} (default 127.0.0.1) and
 * {@code -Dport} (default 8080); tests {@link #start} it on a free port.
 */
public final class ExampleServer implements AutoCloseable {

    private final SeBootstrap.Instance instance;
    private final URI base;

    private ExampleServer(SeBootstrap.Instance instance, String host) {
        this.instance = instance;
        this.base = URI.create("http://" + host + ":" + instance.configuration().port() + "/api/");
    }

    /**
     * Starts the shop.
     *
     * @param host the address to listen on
     * @param port the port, 0 for a free one
     * @return the running shop
     * @throws Exception when it does not start within a minute
     */
    public static ExampleServer start(String host, int port) throws Exception {
        return start(host, port, new ShopApplication());
    }

    /**
     * Starts the shop as {@code application} composes it, such as with the filters a tracing
     * instrumentation would add.
     *
     * @param host the address to listen on
     * @param port the port, 0 for a free one
     * @param application the shop's application, or one that extends it
     * @return the running shop
     * @throws Exception when it does not start within a minute
     */
    public static ExampleServer start(String host, int port, Application application) throws Exception {
        SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder()
                .host(host).port(port).rootPath("/").build();
        return new ExampleServer(SeBootstrap.start(application, configuration)
                .toCompletableFuture().get(60, TimeUnit.SECONDS), host);
    }

    /**
     * The URI of a path relative to the application, {@code metrics} for {@code http://host:port/api/metrics}.
     *
     * @param path the path relative to {@code /api/}
     * @return the absolute URI
     */
    public URI uri(String path) {
        return base.resolve(path);
    }

    /**
     * The port the shop listens on.
     *
     * @return the port
     */
    public int port() {
        return instance.configuration().port();
    }

    /** Stops the shop and its CDI container. */
    @Override
    public void close() throws ExecutionException, TimeoutException {
        try {
            instance.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Serves the shop until the JVM is stopped, printing the URLs to open; ends the JVM with exit
     * code 1 and the reason when the shop does not start (an invalid setting, a port in use).
     *
     * @param args none
     * @throws Exception when the shop does not start
     */
    public static void main(String[] args) throws Exception {
        ExampleServer server;
        try {
            server = start(System.getProperty("host", "127.0.0.1"), Integer.getInteger("port", 8080));
        } catch (ExecutionException | TimeoutException | RuntimeException failed) {
            // The runtime's own threads would keep the JVM up with nothing listening: end it, saying why.
            Throwable cause = failed instanceof ExecutionException && failed.getCause() != null ? failed.getCause() : failed;
            System.err.println("The promcdi example shop did not start: " + cause.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("The shop did not stop cleanly: " + e);
            } finally {
                stopped.countDown();
            }
        }, "example-server-stop"));
        System.out.println();
        System.out.println("The promcdi example shop is running. Open:");
        for (String path : new String[] {"metrics", "products/1", "products/2/stock", "orders/42",
                "orders/42/items/3", "products/99", "orders/42/invoice"}) {
            System.out.println("  " + server.uri(path));
        }
        System.out.println("Stop it with Ctrl-C.");
        stopped.await();
    }
}
