package dev.promcdi.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick start's main class, in a JVM of its own as {@code mvn -Prun} starts it: an invalid
 * setting ends it with a non-zero exit and the report on the console, instead of a JVM that
 * stays up with nothing listening.
 */
class QuickStartTest {

    @Test
    void anInvalidSettingEndsTheQuickStartWithTheReportAndANonZeroExit(@TempDir Path folder) throws Exception {
        Path output = folder.resolve("console.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process shop = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dport=0", "-Dpromcdi.metrics.format=xml", ExampleServer.class.getName())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();

        boolean ended = shop.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            shop.destroyForcibly().waitFor();
        }
        String console = Files.readString(output, StandardCharsets.UTF_8);

        assertTrue(ended, "the JVM ended by itself; its console:\n" + console);
        assertEquals(1, shop.exitValue(), console);
        assertTrue(console.contains("promcdi.metrics.format"), "the report names the key:\n" + console);
        assertTrue(console.contains("The promcdi example shop did not start"), console);
    }
}
