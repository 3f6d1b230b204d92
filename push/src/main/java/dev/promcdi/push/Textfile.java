package dev.promcdi.push;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;

/**
 * Writes a registry to a file in the Prometheus text format, for node_exporter's textfile
 * collector ({@code --collector.textfile.directory}), like prometheus_client's
 * {@code write_to_textfile}: for batch jobs on a machine whose node_exporter Prometheus already
 * scrapes.
 *
 * <pre>{@code
 * Textfile.write(PrometheusRegistry.defaultRegistry, Path.of("/var/lib/node_exporter/nightly_import.prom"));
 * }</pre>
 *
 * <p>The file is replaced atomically: written to a temporary file in the same directory (whose
 * name does not end in {@code .prom}, so the collector never reads it half written), then renamed
 * over the target. It is readable by all, as the collector runs as a user of its own.
 */
public final class Textfile {

    private Textfile() {
    }

    /**
     * Writes {@code registry} to {@code file}, replacing it atomically.
     *
     * @param registry the registry to write
     * @param file the file, ending in {@code .prom}, in an existing directory
     * @throws IOException when the directory cannot be written or does not allow an atomic rename,
     *     naming the file; the target then keeps its earlier content
     * @throws IllegalArgumentException when the name does not end in {@code .prom}
     */
    public static void write(PrometheusRegistry registry, Path file) throws IOException {
        Objects.requireNonNull(registry, "The registry is null.");
        Objects.requireNonNull(file, "The file is null.");
        Path target = file.toAbsolutePath();
        if (!target.getFileName().toString().endsWith(".prom")) {
            throw new IllegalArgumentException("The textfile " + target + " does not end in .prom; node_exporter's "
                    + "textfile collector reads only *.prom files.");
        }
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                PrometheusTextFormatWriter.create().write(out, registry.scrape());
                out.flush();
                channel.force(true); // on disk before the rename, so a crash never leaves an empty .prom
            }
            readableByAll(temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            deleteQuietly(temporary, notAtomic);
            throw new IOException("The textfile " + target + " cannot be replaced atomically in its directory; write it "
                    + "to a local file system.", notAtomic);
        } catch (IOException | RuntimeException failure) {
            deleteQuietly(temporary, failure);
            throw failure;
        }
    }

    /** Removes what a failed write left, keeping a failure to do so beside the failure that matters. */
    private static void deleteQuietly(Path temporary, Exception failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system's defaults apply
        }
    }
}
