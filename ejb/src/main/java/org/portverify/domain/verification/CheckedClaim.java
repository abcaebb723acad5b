package org.portverify.domain.verification;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.ClaimMeasure;
import org.portverify.domain.submission.ClaimStatement;
import org.portverify.domain.submission.ClaimedFigure;
import org.portverify.domain.submission.SubmissionPart;

/**
 * What a run made of one claim of a port's package: the claim as stated, the figure the engine recomputed (both
 * numbers, so a reader sees how far apart they are) and the outcome at the run's materiality.
 */
@Entity
@Table(name = "checked_claim")
public class CheckedClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checked_claim_seq")
    @SequenceGenerator(name = "checked_claim_seq", sequenceName = "checked_claim_seq", allocationSize = 50)
    private Long id;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    /** The port whose package states the claim. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Port port;

    /** The claim's line in claims.csv. */
    @Column(name = "source_line", nullable = false)
    private long sourceLine;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Scope scope;

    /** The claim as the port wrote it. */
    @Embedded
    private ClaimStatement statement;

    @Column(precision = 38, scale = 12)
    private BigDecimal recomputed;

    @Column(precision = 38, scale = 12)
    private BigDecimal difference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ClaimOutcome outcome;

    @Column(name = "reason_code", length = 16)
    private String reasonCode;

    protected CheckedClaim() {
    }

    public CheckedClaim(long executionId, Port port, ClaimedFigure stated, Claim claim, ClaimComparison comparison) {
        this.executionId = executionId;
        this.port = port;
        this.sourceLine = stated.getSourceLine();
        this.scope = claim.scope();
        // a copy: an embedded value belongs to one entity
        this.statement = new ClaimStatement(stated.getCategory(), stated.getPollutant(), stated.getDataYear(),
                stated.getMeasure(), stated.getValue());
        this.recomputed = comparison.recomputed();
        this.difference = comparison.difference();
        this.outcome = comparison.outcome();
        this.reasonCode = comparison.reasonCode();
    }

    public long getExecutionId() {
        return executionId;
    }

    public Port getPort() {
        return port;
    }

    public long getSourceLine() {
        return sourceLine;
    }

    public Scope getScope() {
        return scope;
    }

    /** A source category, or ALL for the total. */
    public SourceCategory getCategory() {
        return statement.getCategory();
    }

    public Pollutant getPollutant() {
        return statement.getPollutant();
    }

    public int getDataYear() {
        return statement.getDataYear();
    }

    public ClaimMeasure getMeasure() {
        return statement.getMeasure();
    }

    /** The claim as written: -90, not -90.000000000. */
    public BigDecimal getClaimed() {
        return statement.getValue();
    }

    /** The engine's figure in the claim's unit (percent for the changes), unrounded; null when not recomputable. */
    public BigDecimal getRecomputed() {
        return recomputed;
    }

    public BigDecimal getDifference() {
        return difference;
    }

    public ClaimOutcome getOutcome() {
        return outcome;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    /** The comparison as it was made. */
    public ClaimComparison comparison() {
        return new ClaimComparison(outcome, getClaimed(), recomputed, difference, reasonCode);
    }

    /** What the claim is about and where the port stated it: "POLA DPM 2024 change vs 2005 (claims.csv line 2)". */
    public String described() {
        return claim().subject() + " (" + SubmissionPart.CLAIMS.fileName() + " line " + sourceLine + ")";
    }

    /** The claim as compared, to word it for a reader. */
    public Claim claim() {
        return new Claim(scope, getCategory(), getPollutant(), getDataYear(), getMeasure(), getClaimed());
    }
}
