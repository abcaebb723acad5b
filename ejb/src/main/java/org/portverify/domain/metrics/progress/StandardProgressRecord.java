package org.portverify.domain.metrics.progress;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.CaapTarget;
import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.goals.StandardProgress.Basis;
import org.portverify.domain.metrics.goals.StandardProgress.Status;

/** One {@link StandardProgress} as a run stored it, at its position in {@link StandardProgress#ORDER}. */
@Entity
@Table(name = "standard_progress")
public class StandardProgressRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "standard_progress_seq")
    @SequenceGenerator(name = "standard_progress_seq", sequenceName = "standard_progress_seq", allocationSize = 50)
    private Long id;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CaapTarget target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Scope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Basis basis;

    @Column(name = "data_year")
    private Integer dataYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(precision = 40, scale = 24)
    private BigDecimal reduction;

    @Column(name = "margin_points", precision = 40, scale = 24)
    private BigDecimal marginPoints;

    @Column(length = 16)
    private String issue;

    protected StandardProgressRecord() {
    }

    public StandardProgressRecord(long executionId, int position, StandardProgress progress) {
        this.executionId = executionId;
        this.position = position;
        this.target = progress.target();
        this.scope = progress.scope();
        this.basis = progress.basis();
        this.dataYear = progress.dataYear();
        this.status = progress.status();
        this.reduction = progress.reduction();
        this.marginPoints = progress.marginPoints();
        this.issue = progress.issue();
    }

    /** The stored values; decimals with their trailing zeros stripped, so a value reads the same on every database. */
    public StandardProgress toProgress() {
        return new StandardProgress(target, scope, basis, dataYear, status, Stored.decimal(reduction),
                Stored.decimal(marginPoints), issue);
    }

    public long getExecutionId() {
        return executionId;
    }

    public int getPosition() {
        return position;
    }
}
