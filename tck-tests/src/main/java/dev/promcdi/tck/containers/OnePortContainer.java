package dev.promcdi.tck.containers;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** A server process that serves both archives on one HTTP port, at {@code /tck} and {@code /tck-broken}. */
abstract class OnePortContainer implements Container {

    /** The server, once started. */
    ServerProcess process;
    /** Its HTTP port, once chosen. */
    int port;

    @Override
    public URI api() {
        return ServerProcess.api(port, "tck");
    }

    @Override
    public URI brokenApi() {
        return ServerProcess.api(port, "tck-broken");
    }

    /** The process's output, followed by the server's own log file if it has written one. */
    String outputAnd(Path serverLog) throws IOException {
        return process.output() + (Files.exists(serverLog) ? Files.readString(serverLog) : "");
    }

    @Override
    public void close() throws Exception {
        if (process != null) {
            process.stop(false);
        }
    }
}
