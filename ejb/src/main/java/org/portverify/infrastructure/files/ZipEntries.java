package org.portverify.infrastructure.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * The guards for a ZIP a port uploaded (a ZIP of CSV files, or an XLSX, which is a ZIP too). Entries are only ever
 * streamed, never extracted to disk; still, a name that tries to leave the archive (zip slip) or an archive built to
 * explode on inflation (zip bomb) tells that the package was not made in good faith, and refuses it as a whole.
 */
final class ZipEntries {

    /** A package has a handful of parts and an XLSX a few dozen internal entries: far below this. */
    static final int MAX_ENTRIES = 1_000;

    /** The same limit POI applies to XLSX by default (ZipSecureFile's minimum inflate ratio 0.01): carriers agree. */
    static final int MAX_EXPANSION = 100;

    /** Tiny entries can compress extremely well (a header, an empty sheet): the ratio is judged past this size. */
    static final long GRACE_BYTES = 100 * 1024;

    private ZipEntries() {
    }

    /**
     * The names of the file entries, after checking the central directory: entry count, names, declared sizes.
     * Declared sizes can lie, so {@link #open} checks the bytes actually inflated as well.
     */
    static List<String> inspect(Path file, PackageLimits limits) {
        String fileName = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_ENTRIES) {
                throw new RuleViolation(ErrorCode.PACKAGE_TOO_MANY_ENTRIES, fileName, zip.size(), MAX_ENTRIES);
            }
            List<String> names = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (unsafe(entry.getName())) {
                    throw new RuleViolation(ErrorCode.PACKAGE_ENTRY_UNSAFE, fileName, entry.getName());
                }
                if (entry.getSize() > limits.entryBytes()) {
                    throw new RuleViolation(ErrorCode.PACKAGE_ENTRY_TOO_LARGE, fileName, entry.getName(),
                            limits.entryBytes());
                }
                if (entry.getSize() > GRACE_BYTES && entry.getSize() > entry.getCompressedSize() * MAX_EXPANSION) {
                    throw new RuleViolation(ErrorCode.PACKAGE_ENTRY_OVERCOMPRESSED, fileName, entry.getName(),
                            MAX_EXPANSION);
                }
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
            }
            return names;
        } catch (IOException e) {
            throw new RuleViolation(ErrorCode.FILE_UNREADABLE, fileName, e.getMessage());
        }
    }

    /** Absolute (Unix, Windows drive or UNC) or climbing out with a '..' segment. */
    static boolean unsafe(String name) {
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Streams one entry; closing the stream closes the archive. The bytes actually inflated are counted: more than
     * the central directory declared is a PV-1031, more than the absolute limit a PV-1030, more than the allowed
     * ratio a PV-1023.
     */
    static InputStream open(Path file, String entryName, PackageLimits limits) {
        String fileName = file.getFileName().toString();
        ZipFile zip = null;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
            ZipEntry entry = zip.getEntry(entryName);
            if (entry == null) {
                throw new RuleViolation(ErrorCode.PACKAGE_PART_MISSING, fileName, entryName);
            }
            return new ExpansionLimit(zip.getInputStream(entry), zip, entry, limits.entryBytes(), fileName);
        } catch (IOException | RuntimeException e) {
            closeQuietly(zip, e);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new RuleViolation(ErrorCode.FILE_UNREADABLE, fileName, e.getMessage());
        }
    }

    private static void closeQuietly(ZipFile zip, Exception cause) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /**
     * Counts the bytes inflated from one entry and stops as soon as they exceed what the entry declared, the absolute
     * limit or the allowed expansion: the central directory's sizes are the archive's word, not a fact.
     */
    private static final class ExpansionLimit extends FilterInputStream {

        private final ZipFile zip;
        private final long declared;
        private final long absolute;
        private final long expansion;
        private final String fileName;
        private final String entryName;
        private long inflated;

        ExpansionLimit(InputStream in, ZipFile zip, ZipEntry entry, long absolute, String fileName) {
            super(in);
            this.zip = zip;
            this.declared = entry.getSize();
            this.absolute = absolute;
            this.expansion = Math.max(GRACE_BYTES, entry.getCompressedSize() * MAX_EXPANSION);
            this.fileName = fileName;
            this.entryName = entry.getName();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long bytes) {
            inflated += bytes;
            if (declared >= 0 && inflated > declared) {
                throw new RuleViolation(ErrorCode.PACKAGE_ENTRY_SIZE_FORGED, fileName, entryName, declared);
            }
            if (inflated > absolute) {
                throw new RuleViolation(ErrorCode.PACKAGE_ENTRY_TOO_LARGE, fileName, entryName, absolute);
            }
            if (inflated > expansion) {
                throw new RuleViolation(ErrorCode.PACKAGE_ENTRY_OVERCOMPRESSED, fileName, entryName, MAX_EXPANSION);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                zip.close();
            }
        }
    }
}
