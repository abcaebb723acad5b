package org.portverify.domain.submission;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.portverify.domain.error.ErrorCode;

/**
 * A problem on one line of a submission, wherever it was found: its severity, stable code, the file, line and field it
 * points at, the reason (without the code, which has a column of its own) and, for a record the rules refused, the
 * field's value and the line as submitted. Record rules ({@link RecordRejected}), package rules ({@link PackageRules})
 * and the intake's refusals of a whole package all speak it; {@link RejectedRecord} and {@link ValidationFinding} keep
 * it with its submission.
 *
 * @param value   the refused field's value as submitted, when the field is one column; null otherwise
 * @param rawLine the line as submitted, when it is at hand; null otherwise
 */
public record Finding(Severity severity, ErrorCode code, String fileName, long line, String field, String value,
                      String message, String rawLine) implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> FILE_ORDER = Arrays.stream(SubmissionPart.values())
            .map(SubmissionPart::fileName).toList();

    /** Package order of the files (manifest, emissions, throughput, milestones, fleet), then line, code, field. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> fileRank(f.fileName()))
            .thenComparing(Finding::fileName)
            .thenComparingLong(Finding::line)
            .thenComparing(f -> f.code().code())
            .thenComparing(Finding::field)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** A finding about a line whose text is not at hand (package-level rules and refusals). */
    public Finding(Severity severity, ErrorCode code, String fileName, long line, String field, String message) {
        this(severity, code, fileName, line, field, null, message, null);
    }

    public static Finding error(ErrorCode code, SubmissionPart part, long line, String field, Object... args) {
        return new Finding(Severity.ERROR, code, part.fileName(), line, field, code.reason(args));
    }

    public static Finding warning(ErrorCode code, SubmissionPart part, long line, String field, Object... args) {
        return new Finding(Severity.WARNING, code, part.fileName(), line, field, code.reason(args));
    }

    public static Finding note(ErrorCode code, SubmissionPart part, long line, String field, Object... args) {
        return new Finding(Severity.NOTE, code, part.fileName(), line, field, code.reason(args));
    }

    /** A record the record rules refused, with the field's value and the whole line as submitted. */
    public static Finding refused(SourceRecord record, ErrorCode code, String field, Object... args) {
        String value = record.part().header().contains(field) ? record.value(field) : null;
        return new Finding(Severity.ERROR, code, record.part().fileName(), record.line(), field, value,
                code.reason(args), record.raw());
    }

    /** The same finding with the line as submitted, read back from the stored package. */
    public Finding withRawLine(String raw) {
        return new Finding(severity, code, fileName, line, field, value, message, raw);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    private static int fileRank(String fileName) {
        int index = FILE_ORDER.indexOf(fileName);
        return index < 0 ? FILE_ORDER.size() : index;
    }
}
