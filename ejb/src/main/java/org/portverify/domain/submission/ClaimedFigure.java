package org.portverify.domain.submission;

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

import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;

/**
 * A headline figure a port publishes, as it states it in its package's claims.csv ("our DPM fell 90 % from 2005 to
 * 2024"), with the line it came from. The verification recomputes it from the accepted figures.
 */
@Entity
@Table(name = "claimed_figure")
public class ClaimedFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claimed_figure_seq")
    @SequenceGenerator(name = "claimed_figure_seq", sequenceName = "claimed_figure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ClaimScope scope;

    @Embedded
    private ClaimStatement statement;

    @Column(name = "source_line", nullable = false)
    private long sourceLine;

    protected ClaimedFigure() {
    }

    public ClaimedFigure(long submissionId, ClaimScope scope, SourceCategory category, Pollutant pollutant,
                         int dataYear, ClaimMeasure measure, BigDecimal value, long sourceLine) {
        this.submissionId = submissionId;
        this.scope = scope;
        this.statement = new ClaimStatement(category, pollutant, dataYear, measure, value);
        this.sourceLine = sourceLine;
    }

    public Long getId() {
        return id;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public ClaimScope getScope() {
        return scope;
    }

    public ClaimStatement getStatement() {
        return statement;
    }

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

    /** The value as written (see {@link ClaimStatement#getValue()}). */
    public BigDecimal getValue() {
        return statement.getValue();
    }

    public long getSourceLine() {
        return sourceLine;
    }
}
