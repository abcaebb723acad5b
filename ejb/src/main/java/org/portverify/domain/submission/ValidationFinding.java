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
 * A package-level {@link Finding} about records that stay accepted, kept with the submission it concerns: a warning
 * (a year-over-year jump, a restated baseline), or an error that leaves the records in place but counts against the
 * skip limit (a category without its 2005 figure, a year without TEU: their metrics are {@code n/a}). A record that
 * does not count at all is a {@link RejectedRecord} instead.
 */
@Entity
@Table(name = "validation_finding")
public class ValidationFinding extends StoredFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "validation_finding_seq")
    @SequenceGenerator(name = "validation_finding_seq", sequenceName = "validation_finding_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    protected ValidationFinding() {
    }

    public ValidationFinding(long submissionId, Finding finding) {
        super(submissionId, finding);
        if (PackageRules.refusesRecord(finding)) {
            throw new IllegalArgumentException("A refused record is a RejectedRecord, not a finding: " + finding);
        }
        this.severity = finding.severity();
    }

    public Long getId() {
        return id;
    }

    /** Package-level: no value or raw line is kept with it. */
    @Override
    public Finding finding() {
        return finding(severity, null, null);
    }
}
