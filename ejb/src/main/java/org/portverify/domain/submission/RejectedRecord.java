package org.portverify.domain.submission;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A record refused at ingest, kept as its {@link Finding} with its raw text, line, field and reason so that nothing
 * submitted is lost: refused by a record rule ({@link RecordRejected}), by a package-level rule ({@link PackageRules})
 * or, for a whole package, by the intake (bad manifest or header, unreadable file).
 */
@Entity
@Table(name = "rejected_record")
@AttributeOverride(name = "message", column = @Column(name = "reason", nullable = false,
        length = StoredFinding.MESSAGE_LENGTH))
public class RejectedRecord extends StoredFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rejected_record_seq")
    @SequenceGenerator(name = "rejected_record_seq", sequenceName = "rejected_record_seq", allocationSize = 1)
    private Long id;

    @Column(name = "raw_line", length = 4000)
    private String rawLine;

    /** The refused field's value as submitted, when the field is one column. */
    @Column(name = "field_value", length = 1000)
    private String value;

    protected RejectedRecord() {
    }

    public RejectedRecord(long submissionId, Finding finding) {
        super(submissionId, finding);
        if (!finding.isError()) {
            throw new IllegalArgumentException("Only errors refuse a record; a warning is a ValidationFinding: "
                    + finding);
        }
        this.rawLine = truncate(finding.rawLine(), 4000);
        this.value = truncate(finding.value(), 1000);
    }

    public Long getId() {
        return id;
    }

    @Override
    public Finding finding() {
        return finding(Severity.ERROR, value, rawLine);
    }
}
