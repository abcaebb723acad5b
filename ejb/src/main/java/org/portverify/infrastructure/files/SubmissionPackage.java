package org.portverify.infrastructure.files;

import java.nio.file.Path;
import java.util.List;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.SubmissionFile;
import org.portverify.domain.submission.SubmissionPart;

/**
 * A port's stored package for one reporting year, whatever carries it: a folder of CSV files, a ZIP of CSV files or
 * an XLSX workbook with one sheet per part. Every carrier yields the same {@link SourceRecord}s for the same data.
 * A package is only a handle on stored bytes: each {@link #open} opens what it needs and its cursor releases it.
 */
public interface SubmissionPackage {

    /** Where the package is stored: recorded as the submission's source location. */
    Path path();

    /** The files the package was received as, each with its SHA-256: what the package digest is computed over. */
    List<SubmissionFile> files();

    /** Whether the package carries the part at all. */
    boolean has(SubmissionPart part);

    /**
     * Opens a cursor over the records of one part, positioned after {@code recordsToSkip} records; the header is
     * checked first ({@link ErrorCode#HEADER_MISMATCH}). An optional part the package leaves out has no records.
     * The caller closes the cursor.
     */
    default RecordCursor open(SubmissionPart part, long submissionId, long recordsToSkip) {
        return part.optional() && !has(part) ? RecordCursor.empty() : openPart(part, submissionId, recordsToSkip);
    }

    /** Opens a part the package carries (a missing one is its carrier's PV-1002 or PV-1024). */
    RecordCursor openPart(SubmissionPart part, long submissionId, long recordsToSkip);

    /** The single data row of the manifest; anything else is a PV-1004. */
    default SourceRecord manifestRow() {
        try (RecordCursor cursor = open(SubmissionPart.MANIFEST, 0, 0)) {
            SourceRecord row = cursor.next();
            if (row == null || cursor.next() != null) {
                throw new RuleViolation(ErrorCode.MANIFEST_INVALID, "expected one data row");
            }
            return row;
        }
    }
}
