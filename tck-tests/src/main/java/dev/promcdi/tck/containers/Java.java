package dev.promcdi.tck.containers;

import java.nio.file.Path;

/** The Java that runs the tests, which also runs the servers. */
final class Java {

    private Java() {
    }

    static String executable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
