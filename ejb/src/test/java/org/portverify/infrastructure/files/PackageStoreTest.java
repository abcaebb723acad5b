package org.portverify.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageStoreTest {

    /** SHA-256 of the 3 bytes "abc" (FIPS 180-2, appendix B.1). */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path root;

    private final PackageStore store = new PackageStore();

    @BeforeEach
    void storeHere() {
        System.setProperty(PackageStore.STORAGE_DIR_PROPERTY, root.toString());
    }

    @AfterEach
    void forget() {
        System.clearProperty(PackageStore.STORAGE_DIR_PROPERTY);
    }

    @Test
    void aPackageIsStoredAtItsDigestOnce() {
        PackageStore.StoredPackage first = store.store(bytes("abc"));
        assertEquals(ABC, first.sha256());
        assertEquals(3, first.sizeBytes());
        assertEquals(root.resolve("ba").resolve(ABC), first.path());
        assertEquals(first, store.store(bytes("abc")), "the same bytes, the same place");
        assertEquals(1, files(), "no temporary file left");
    }

    @Test
    void aCheckedPackageIsHeldApartAndItsDeletionLeavesAStoredOneAlone() throws IOException {
        PackageStore.StoredPackage stored = store.store(bytes("abc"));
        PackageStore.StoredPackage held = store.holdForCheck(bytes("abc"));
        assertEquals(ABC, held.sha256());
        assertTrue(held.path().startsWith(root.resolve("checks")), held.path().toString());
        assertTrue(store.delete(held.path()));
        assertTrue(Files.exists(stored.path()), "the stored version's package is kept");
    }

    @Test
    void aStreamThatFailsLeavesNoFile() {
        InputStream broken = new InputStream() {
            private int left = 10_000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("the body passed the size limit");
                }
                return 'x';
            }
        };
        assertThrows(UncheckedIOException.class, () -> store.holdForCheck(broken));
        assertThrows(UncheckedIOException.class, () -> store.store(new InputStream() {
            @Override
            public int read() {
                throw new UncheckedIOException(new IOException("connection reset"));
            }
        }));
        assertEquals(0, files());
        assertFalse(Files.exists(root.resolve("ba")));
    }

    private long files() {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
