package org.portverify.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.PackageFormat;

/** Opens a stored package by what it holds, never by its file name's extension. */
public final class SubmissionPackages {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String OFFICE_CONTENT_TYPES = "[Content_Types].xml";

    private SubmissionPackages() {
    }

    /**
     * A package uploaded as one file: an XLSX workbook (a ZIP holding {@code xl/workbook.xml}) or a ZIP of CSV files.
     * Anything else is a PV-1020; an unsafe ZIP a PV-1021 to PV-1023 or PV-1030. The server's
     * {@link PackageLimits} are read here, once, and hold for every cursor of the package.
     */
    public static SubmissionPackage open(Path file) {
        String fileName = String.valueOf(file.getFileName());
        byte[] magic = firstBytes(file, fileName);
        if (Arrays.equals(magic, OLE2)) {
            throw new RuleViolation(ErrorCode.PACKAGE_FORMAT_UNKNOWN, fileName,
                    "an .xls workbook or a password-protected file; save it as .xlsx without a password");
        }
        if (!Arrays.equals(magic, ZIP)) {
            throw new RuleViolation(ErrorCode.PACKAGE_FORMAT_UNKNOWN, fileName, "it does not start as a ZIP archive");
        }
        PackageLimits limits = PackageLimits.current();
        List<String> entries = ZipEntries.inspect(file, limits);
        if (entries.contains(WORKBOOK)) {
            return new XlsxPackage(file, limits);
        }
        if (entries.contains(OFFICE_CONTENT_TYPES)) {
            throw new RuleViolation(ErrorCode.PACKAGE_FORMAT_UNKNOWN, fileName,
                    "an Office document without " + WORKBOOK + " (.xlsb, .docx, ...)");
        }
        return new ZipPackage(file, entries, limits);
    }

    /** Re-opens a package recorded as a submission's source location: a folder, or a file as {@link #open}. */
    public static SubmissionPackage at(String location, Port port, int reportingYear) {
        Path path = Path.of(location);
        return Files.isDirectory(path) ? SubmissionFolder.at(location, port, reportingYear) : open(path);
    }

    /** The carrier of an opened package, as recorded on its submission. */
    public static PackageFormat formatOf(SubmissionPackage content) {
        if (content instanceof XlsxPackage) {
            return PackageFormat.XLSX;
        }
        return content instanceof ZipPackage ? PackageFormat.ZIP : PackageFormat.FOLDER;
    }

    private static byte[] firstBytes(Path file, String fileName) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ZIP.length);
        } catch (IOException e) {
            throw new RuleViolation(ErrorCode.FILE_UNREADABLE, fileName, e.getMessage());
        }
    }
}
