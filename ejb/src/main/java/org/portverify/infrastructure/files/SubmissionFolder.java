package org.portverify.infrastructure.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.SubmissionFile;
import org.portverify.domain.submission.SubmissionPart;

/**
 * A port's submission package on disk: {@code <root>/<reportingYear>/<PORT>/} holding the files of
 * {@link SubmissionPart}. Digests are computed by streaming, never by loading a file.
 */
public final class SubmissionFolder implements SubmissionPackage {

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

    @Override
    public Path path() {
        return folder;
    }

    /** Every file of the package with its SHA-256, in file-name order; a missing file is a PV-1002 unless optional. */
    @Override
    public List<SubmissionFile> files() {
        if (!exists()) {
            throw new RuleViolation(ErrorCode.SUBMISSION_FOLDER_MISSING, port, reportingYear, folder);
        }
        List<SubmissionFile> files = new ArrayList<>();
        for (SubmissionPart part : SubmissionPart.values()) {
            Path file = folder.resolve(part.fileName());
            if (!Files.isRegularFile(file)) {
                if (part.optional()) {
                    continue;
                }
                throw new RuleViolation(ErrorCode.SUBMISSION_FILE_MISSING, port, reportingYear, part.fileName());
            }
            files.add(ReceivedFile.of(part.fileName(), file));
        }
        files.sort(java.util.Comparator.comparing(SubmissionFile::fileName));
        return files;
    }

    @Override
    public boolean has(SubmissionPart part) {
        return Files.isRegularFile(folder.resolve(part.fileName()));
    }

    /** Opens a cursor over the records of one part, positioned after {@code recordsToSkip} records. */
    @Override
    public RecordCursor openPart(SubmissionPart part, long submissionId, long recordsToSkip) {
        return CsvRecordCursor.open(folder.resolve(part.fileName()), part, submissionId, recordsToSkip);
    }

    /** SHA-256 over the file digests in file-name order: one fingerprint of the whole package. */
    public static String packageDigest(List<SubmissionFile> files) {
        MessageDigest digest = ReceivedFile.sha256Digest();
        files.stream().sorted(java.util.Comparator.comparing(SubmissionFile::fileName))
                .forEach(f -> digest.update((f.fileName() + ':' + f.sha256() + '\n')
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(byte[] bytes) {
        return ReceivedFile.sha256(bytes);
    }
}
