package org.portverify.domain.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A record refused at ingest, kept with its raw text, line, field and reason so that nothing submitted is lost. */
@Entity
@Table(name = "rejected_record")
public class RejectedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rejected_record_seq")
    @SequenceGenerator(name = "rejected_record_seq", sequenceName = "rejected_record_seq", allocationSize = 1)
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

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "raw_line", length = 4000)
    private String rawLine;

    /** The refused field's value as submitted, when the field is one column. */
    @Column(name = "field_value", length = 1000)
    private String value;

    protected RejectedRecord() {
    }

    public RejectedRecord(SourceRecord record, RecordRejected rejection) {
        this.submissionId = record.submissionId();
        this.fileName = record.part().fileName();
        this.lineNumber = record.line();
        this.field = rejection.field();
        this.code = rejection.code().code();
        this.reason = truncate(rejection.reason(), 1000);
        this.rawLine = truncate(record.raw(), 4000);
        this.value = record.part().header().contains(rejection.field())
                ? truncate(record.value(rejection.field()), 1000) : null;
    }

    /**
     * A record refused by a package-level rule ({@link PackageRules}) after it passed the record rules. The raw line
     * is not at hand there, so it stays empty; file and line lead back to it.
     */
    public RejectedRecord(long submissionId, Finding finding) {
        if (!finding.isError()) {
            throw new IllegalArgumentException("Only errors refuse a record; a warning is a ValidationFinding: "
                    + finding);
        }
        // Also the package-level refusals of a whole package (bad manifest or header, unreadable file).
        this.submissionId = submissionId;
        this.fileName = finding.fileName();
        this.lineNumber = finding.line();
        this.field = finding.field();
        this.code = finding.code().code();
        this.reason = truncate(finding.message(), 1000);
    }

    /** Keeps the raw text of a record refused by a package-level rule, read back from the stored package. */
    public void rawLine(String raw) {
        this.rawLine = truncate(raw, 4000);
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
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

    public String getValue() {
        return value;
    }

    public String getCode() {
        return code;
    }

    public String getReason() {
        return reason;
    }

    public String getRawLine() {
        return rawLine;
    }
}
