package org.portverify.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps every uploaded package byte for byte, addressed by its SHA-256 ({@code <dir>/<ab>/<abcdef...>}), so that a
 * stored package can never be overwritten by a different one and an auditor can re-read exactly what was submitted.
 * The folder is the system property {@code portverify.storage.dir}, by default {@code <jboss.server.data.dir>/portverify}.
 */
@ApplicationScoped
public class PackageStore {

    public static final String STORAGE_DIR_PROPERTY = "portverify.storage.dir";

    /** A package as stored: its digest, size and place. */
    public record StoredPackage(String sha256, long sizeBytes, Path path) {
    }

    /** Streams the bytes to a temporary file while digesting them, then moves it to its content address. */
    public StoredPackage store(InputStream bytes) {
        Path root = root();
        try {
            StoredPackage written = writeDigesting(bytes, root, "upload-");
            Path target = addressOf(root, written.sha256());
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(written.path());
            } else {
                Files.move(written.path(), target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new StoredPackage(written.sha256(), written.sizeBytes(), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored file of {@code sha256} (a package, a copy of record), if the store holds it. */
    public java.util.Optional<Path> find(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return java.util.Optional.empty();
        }
        Path file = addressOf(root(), sha256);
        return Files.isRegularFile(file) ? java.util.Optional.of(file) : java.util.Optional.empty();
    }

    private static Path addressOf(Path root, String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /**
     * Streams the bytes to a new file in {@code folder} while digesting them; a stream that fails (a body over the
     * size limit, a broken connection) leaves no file behind.
     */
    private static StoredPackage writeDigesting(InputStream bytes, Path folder, String prefix) throws IOException {
        Files.createDirectories(folder);
        Path file = Files.createTempFile(folder, prefix, ".part");
        MessageDigest digest = ReceivedFile.sha256Digest();
        long size;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
            size = bytes.transferTo(out);
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
        return new StoredPackage(HexFormat.of().formatHex(digest.digest()), size, file);
    }

    /**
     * Holds the bytes of a package that is only checked (a dry run) in a file of its own, never at a content
     * address, so that deleting it can never touch a stored version's package. The caller deletes it.
     */
    public StoredPackage holdForCheck(InputStream bytes) {
        try {
            return writeDigesting(bytes, root().resolve("checks"), "check-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes a stored package; false, touching nothing, when {@code path} is not a package of this store (a folder
     * intake's files are the ports' own and never deleted).
     */
    public boolean delete(Path path) {
        Path root = root().toAbsolutePath().normalize();
        Path file = path.toAbsolutePath().normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            return false;
        }
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        String configured = System.getProperty(STORAGE_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "portverify",
                "packages");
    }
}
