package dev.promcdi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        Path promtool = binary("to check the exposition with it");
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

    /**
     * Fails with promtool's output unless {@code promtool <arguments>}, run in {@code directory},
     * exits 0 within a minute; skips, naming the package, when promtool is absent.
     */
    public static void assertPasses(Path directory, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(binary("to run promtool " + arguments[0]).toString()));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("promtool", ".txt");
        try {
            Process run = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            boolean finished = run.waitFor(60, TimeUnit.SECONDS);
            if (!finished) {
                run.destroyForcibly();
            }
            String printed = Files.readString(output);
            assertTrue(finished, "promtool " + String.join(" ", arguments) + " did not finish within 60 s:\n" + printed);
            assertEquals(0, run.exitValue(), "promtool " + String.join(" ", arguments) + ":\n" + printed);
        } finally {
            Files.delete(output);
        }
    }

    /** promtool on the PATH; skips the test when there is none. */
    private static Path binary(String purpose) {
        Path promtool = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "promtool")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(promtool != null, "Skipped: promtool is not on the PATH; install the Debian package prometheus "
                + "(.ci/run does) " + purpose + ".");
        return promtool;
    }
}
