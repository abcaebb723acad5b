package org.portverify.domain.submission;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.portverify.domain.error.ErrorCode;

/**
 * What a package-level rule found about one line of a submission: its severity, stable code, the file, line and
 * field it points at, and the reason (without the code, which has a column of its own).
 */
public record Finding(Severity severity, ErrorCode code, String fileName, long line, String field, String message) {

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

    public static Finding error(ErrorCode code, SubmissionPart part, long line, String field, Object... args) {
        return new Finding(Severity.ERROR, code, part.fileName(), line, field, code.reason(args));
    }

    public static Finding warning(ErrorCode code, SubmissionPart part, long line, String field, Object... args) {
        return new Finding(Severity.WARNING, code, part.fileName(), line, field, code.reason(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    private static int fileRank(String fileName) {
        int index = FILE_ORDER.indexOf(fileName);
        return index < 0 ? FILE_ORDER.size() : index;
    }
}
