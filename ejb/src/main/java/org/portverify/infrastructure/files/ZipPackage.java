package org.portverify.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.submission.SubmissionFile;
import org.portverify.domain.submission.SubmissionPart;

/**
 * A package uploaded as one ZIP of the CSV files of {@link SubmissionPart}, named exactly as in a folder package,
 * at the root of the archive or inside one folder (archivers often add the folder that was zipped). Entries are
 * streamed through {@link CsvRecordCursor}, so records, lines and refusals are those of the same files in a folder.
 */
public final class ZipPackage implements SubmissionPackage {

    private final Path file;
    private final PackageLimits limits;
    private final Map<SubmissionPart, String> entries = new EnumMap<>(SubmissionPart.class);

    /** Built by {@link SubmissionPackages#open}, from entry names {@link ZipEntries#inspect} has checked. */
    ZipPackage(Path file, List<String> entryNames, PackageLimits limits) {
        this.file = file;
        this.limits = limits;
        for (SubmissionPart part : SubmissionPart.values()) {
            List<String> matches = entryNames.stream().filter(name -> carries(name, part)).toList();
            if (matches.size() > 1) {
                // two candidates would give two answers for the same part: the port must send one
                throw new RuleViolation(ErrorCode.PACKAGE_PART_AMBIGUOUS, fileName(), part.fileName(),
                        String.join(", ", matches));
            }
            if (matches.size() == 1) {
                entries.put(part, matches.get(0));
            }
        }
    }

    private static boolean carries(String entryName, SubmissionPart part) {
        int slash = entryName.indexOf('/');
        return entryName.equals(part.fileName()) || slash > 0 && slash == entryName.lastIndexOf('/')
                && entryName.substring(slash + 1).equals(part.fileName());
    }

    @Override
    public Path path() {
        return file;
    }

    /** The ZIP file itself, with its SHA-256 and size. */
    @Override
    public List<SubmissionFile> files() {
        return List.of(ReceivedFile.of(fileName(), file));
    }

    /** SHA-256 of the ZIP file's bytes, streamed. */
    public String sha256() {
        return ReceivedFile.sha256(file);
    }

    @Override
    public boolean has(SubmissionPart part) {
        return entries.containsKey(part);
    }

    /** The entry name that carries the part, e.g. {@code pola-2025/emissions.csv}. */
    public String entryName(SubmissionPart part) {
        String entry = entries.get(part);
        if (entry == null) {
            throw new RuleViolation(ErrorCode.PACKAGE_PART_MISSING, fileName(), part.fileName());
        }
        return entry;
    }

    @Override
    public RecordCursor openPart(SubmissionPart part, long submissionId, long recordsToSkip) {
        InputStream in = ZipEntries.open(file, entryName(part), limits);
        try {
            // undecodable bytes become U+FFFD, as for a folder: the rules refuse that one line (PV-1106)
            return CsvRecordCursor.open(new InputStreamReader(in, StandardCharsets.UTF_8), part,
                    submissionId, recordsToSkip, limits);
        } catch (RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private String fileName() {
        return file.getFileName().toString();
    }
}
