package org.portverify.domain.metrics.progress;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.ZeroEmissionGoal;
import org.portverify.domain.metrics.goals.ZeroEmissionShare;
import org.portverify.domain.metrics.goals.ZeroEmissionShare.Status;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.run.RunRow;

/** One {@link ZeroEmissionShare} as a run stored it, at its position in {@link ZeroEmissionShare#ORDER}. */
@Entity
@Table(name = "zero_emission_share")
public class ZeroEmissionShareRecord extends RunRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Scope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SourceCategory category;

    @Column(name = "data_year", nullable = false)
    private int dataYear;

    @Column(name = "ze_units", nullable = false)
    private long zeUnits;

    @Column(name = "total_units", nullable = false)
    private long totalUnits;

    @Column(precision = 40, scale = 24)
    private BigDecimal share;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private ZeroEmissionGoal goal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "years_to_goal")
    private Integer yearsToGoal;

    @Column(precision = 40, scale = 24)
    private BigDecimal gap;

    @Column(name = "required_gain_per_year", precision = 40, scale = 24)
    private BigDecimal requiredGainPerYear;

    @Column(length = 16)
    private String issue;

    protected ZeroEmissionShareRecord() {
    }

    public ZeroEmissionShareRecord(long executionId, int position, ZeroEmissionShare share) {
        super(executionId, position);
        this.scope = share.scope();
        this.category = share.category();
        this.dataYear = share.dataYear();
        this.zeUnits = share.zeUnits();
        this.totalUnits = share.totalUnits();
        this.share = share.share();
        this.goal = share.goal();
        this.status = share.status();
        this.yearsToGoal = share.yearsToGoal();
        this.gap = share.gap();
        this.requiredGainPerYear = share.requiredGainPerYear();
        this.issue = share.issue();
    }

    public ZeroEmissionShare toShare() {
        return new ZeroEmissionShare(scope, category, dataYear, zeUnits, totalUnits, Stored.decimal(share), goal,
                status, yearsToGoal, Stored.decimal(gap), Stored.decimal(requiredGainPerYear), issue);
    }
}
