package org.portverify.domain.metrics.progress;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.CaapTarget;
import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.goals.StandardProgress.Basis;
import org.portverify.domain.metrics.goals.StandardProgress.Status;
import org.portverify.domain.run.RunRow;

/** One {@link StandardProgress} as a run stored it, at its position in {@link StandardProgress#ORDER}. */
@Entity
@Table(name = "standard_progress")
public class StandardProgressRecord extends RunRow {

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
        super(executionId, position);
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
}
