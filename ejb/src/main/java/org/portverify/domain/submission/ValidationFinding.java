package org.portverify.domain.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A package-level finding about records that stay accepted, kept with the submission it concerns: a warning (a
 * year-over-year jump, a restated baseline), or an error that leaves the records in place but counts against the
 * skip limit (a category without its 2005 figure, a year without TEU: their metrics are {@code n/a}). A record that
 * does not count at all is a {@link RejectedRecord} instead.
 */
@Entity
@Table(name = "validation_finding")
public class ValidationFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "validation_finding_seq")
    @SequenceGenerator(name = "validation_finding_seq", sequenceName = "validation_finding_seq", allocationSize = 1)
    private Long id;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    @Column(nullable = false, length = 1000)
    private String message;

    protected ValidationFinding() {
    }

    public ValidationFinding(long submissionId, Finding finding) {
        if (PackageRules.refusesRecord(finding)) {
            throw new IllegalArgumentException("A refused record is a RejectedRecord, not a finding: " + finding);
        }
        this.submissionId = submissionId;
        this.fileName = finding.fileName();
        this.lineNumber = finding.line();
        this.field = finding.field();
        this.code = finding.code().code();
        this.severity = finding.severity();
        this.message = RejectedRecord.truncate(finding.message(), 1000);
    }

    public Long getId() {
        return id;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public String getFileName() {
        return fileName;
    }

    public long getLineNumber() {
        return lineNumber;
    }

    public String getField() {
        return field;
    }

    public String getCode() {
        return code;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getMessage() {
        return message;
    }
}
