package org.portverify.domain.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A port's container throughput for one calendar year, in twenty-foot equivalent units. */
@Entity
@Table(name = "throughput")
public class Throughput {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "throughput_seq")
    @SequenceGenerator(name = "throughput_seq", sequenceName = "throughput_seq", allocationSize = 50)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(name = "data_year", nullable = false)
    private int dataYear;

    @Column(nullable = false)
    private long teu;

    @Column(name = "source_line", nullable = false)
    private long sourceLine;

    protected Throughput() {
    }

    public Throughput(long submissionId, int dataYear, long teu, long sourceLine) {
        this.submissionId = submissionId;
        this.dataYear = dataYear;
        this.teu = teu;
        this.sourceLine = sourceLine;
    }

    public Long getId() {
        return id;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public int getDataYear() {
        return dataYear;
    }

    public long getTeu() {
        return teu;
    }

    public long getSourceLine() {
        return sourceLine;
    }
}
