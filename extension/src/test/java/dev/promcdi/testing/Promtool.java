package dev.promcdi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/** {@code promtool check metrics}, the Prometheus project's own linter of the text format. */
public final class Promtool {

    private Promtool() {
    }

    /**
     * Fails with promtool's findings unless {@code exposition} is clean, or when promtool hangs;
     * skips, naming the package, when promtool is absent.
     */
    public static void assertClean(String exposition) throws Exception {
        Path promtool = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "promtool")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(promtool != null, "Skipped: promtool is not on the PATH; install the Debian package prometheus "
                + "(.ci/run does) to check the exposition with it.");
        Path output = Files.createTempFile("promtool", ".txt");
        try {
            Process check = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            try (OutputStream in = check.getOutputStream()) {
                in.write(exposition.getBytes(StandardCharsets.UTF_8));
            }
            boolean finished = check.waitFor(30, TimeUnit.SECONDS);
            if (!finished) {
                check.destroyForcibly();
            }
            String findings = Files.readString(output);
            assertTrue(finished, "promtool check metrics did not finish within 30 s; it printed:\n" + findings);
            assertEquals(0, check.exitValue(), "promtool check metrics found:\n" + findings);
        } finally {
            Files.delete(output);
        }
    }
}
