package org.portverify.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.SubmissionFile;
import org.portverify.domain.submission.SubmissionPart;

/**
 * A port's submission package on disk: {@code <root>/<reportingYear>/<PORT>/} holding the files of
 * {@link SubmissionPart}. Digests are computed by streaming, never by loading a file.
 */
public final class SubmissionFolder {

    private final Path folder;
    private final Port port;
    private final int reportingYear;

    private SubmissionFolder(Path folder, Port port, int reportingYear) {
        this.folder = folder;
        this.port = port;
        this.reportingYear = reportingYear;
    }

    public static SubmissionFolder of(Path root, int reportingYear, Port port) {
        return new SubmissionFolder(root.resolve(String.valueOf(reportingYear)).resolve(port.name()), port,
                reportingYear);
    }

    /** Re-opens a folder recorded as a submission's source location. */
    public static SubmissionFolder at(String location, Port port, int reportingYear) {
        return new SubmissionFolder(Path.of(location), port, reportingYear);
    }

    public boolean exists() {
        return Files.isDirectory(folder);
    }

    public Path path() {
        return folder;
    }

    /** Every file of the package with its SHA-256, in file-name order; a missing file is a PV-1002. */
    public List<SubmissionFile> files() {
        if (!exists()) {
            throw new RuleViolation(ErrorCode.SUBMISSION_FOLDER_MISSING, port, reportingYear, folder);
        }
        List<SubmissionFile> files = new ArrayList<>();
        for (SubmissionPart part : SubmissionPart.values()) {
            Path file = folder.resolve(part.fileName());
            if (!Files.isRegularFile(file)) {
                throw new RuleViolation(ErrorCode.SUBMISSION_FILE_MISSING, port, reportingYear, part.fileName());
            }
            files.add(new SubmissionFile(part.fileName(), sha256(file), size(file)));
        }
        files.sort(java.util.Comparator.comparing(SubmissionFile::fileName));
        return files;
    }

    /** Opens a cursor over the records of one part, positioned after {@code recordsToSkip} records. */
    public RecordCursor open(SubmissionPart part, long submissionId, long recordsToSkip) {
        return CsvRecordCursor.open(folder.resolve(part.fileName()), part, submissionId, recordsToSkip);
    }

    /** The single data row of manifest.csv; anything else is a PV-1004. */
    public SourceRecord manifestRow() {
        try (RecordCursor cursor = open(SubmissionPart.MANIFEST, 0, 0)) {
            SourceRecord row = cursor.next();
            if (row == null || cursor.next() != null) {
                throw new RuleViolation(ErrorCode.MANIFEST_INVALID, "expected one data row");
            }
            return row;
        }
    }

    /** SHA-256 over the file digests in file-name order: one fingerprint of the whole package. */
    public static String packageDigest(List<SubmissionFile> files) {
        MessageDigest digest = newDigest();
        files.stream().sorted(java.util.Comparator.comparing(SubmissionFile::fileName))
                .forEach(f -> digest.update((f.fileName() + ':' + f.sha256() + '\n')
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static String sha256(Path file) {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new RuleViolation(ErrorCode.FILE_UNREADABLE, file.getFileName(), e.getMessage());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new RuleViolation(ErrorCode.FILE_UNREADABLE, file.getFileName(), e.getMessage());
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
