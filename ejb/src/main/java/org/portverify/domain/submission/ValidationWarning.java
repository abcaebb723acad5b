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
 * A warning about an accepted record, kept with the submission it concerns. Errors are not kept here: a record
 * with an error is a {@link RejectedRecord}, so that one table answers "what did not count".
 */
@Entity
@Table(name = "validation_finding")
public class ValidationWarning {

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

    protected ValidationWarning() {
    }

    public ValidationWarning(long submissionId, Finding finding) {
        if (finding.severity() != Severity.WARNING) {
            throw new IllegalArgumentException("Only warnings are kept as findings; an error is a rejected record: "
                    + finding);
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
