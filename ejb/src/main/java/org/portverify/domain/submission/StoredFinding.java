package org.portverify.domain.submission;


import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.portverify.domain.error.ErrorCode;

/**
 * A {@link Finding} kept with the submission it concerns: the columns both of its tables have. The id stays with
 * each table (each has its own sequence), as do the columns only one has.
 */
@MappedSuperclass
public abstract class StoredFinding {

    static final int MESSAGE_LENGTH = 1000;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(name = "file_name", nullable = false, length = 100)
    private String fileName;

    @Column(name = "line_number", nullable = false)
    private long lineNumber;

    @Column(nullable = false, length = 64)
    private String field;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(nullable = false, length = MESSAGE_LENGTH)
    private String message;

    protected StoredFinding() {
    }

    protected StoredFinding(long submissionId, Finding finding) {
        this.submissionId = submissionId;
        this.fileName = finding.fileName();
        this.lineNumber = finding.line();
        this.field = finding.field();
        this.code = finding.code().code();
        this.message = truncate(finding.message(), MESSAGE_LENGTH);
    }

    public long getSubmissionId() {
        return submissionId;
    }

    /** The finding as kept: texts longer than their column are cut to it. */
    public abstract Finding finding();

    protected Finding finding(Severity severity, String value, String rawLine) {
        return new Finding(severity, errorCode(code), fileName, lineNumber, field, value, message, rawLine);
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static ErrorCode errorCode(String code) {
        return ErrorCode.of(code);
    }
}
