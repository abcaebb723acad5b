package org.portverify.domain.submission;

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

    /** A source category, or ALL for the port's (or the bay's) total. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SourceCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Pollutant pollutant;

    @Column(name = "data_year", nullable = false)
    private int dataYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ClaimMeasure measure;

    /** As published: percent for the changes (-90 for -90 %), tons otherwise; never rounded. */
    @Column(name = "claimed_value", nullable = false, precision = 24, scale = 9)
    private BigDecimal value;

    /** The decimals the value was written with: the column pads -90 to -90.000000000, which claims more. */
    @Column(name = "claimed_scale", nullable = false)
    private int scale;

    @Column(name = "source_line", nullable = false)
    private long sourceLine;

    protected ClaimedFigure() {
    }

    public ClaimedFigure(long submissionId, ClaimScope scope, SourceCategory category, Pollutant pollutant,
                         int dataYear, ClaimMeasure measure, BigDecimal value, long sourceLine) {
        this.submissionId = submissionId;
        this.scope = scope;
        this.category = category;
        this.pollutant = pollutant;
        this.dataYear = dataYear;
        this.measure = measure;
        this.value = value;
        this.scale = value.scale();
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

    public SourceCategory getCategory() {
        return category;
    }

    public Pollutant getPollutant() {
        return pollutant;
    }

    public int getDataYear() {
        return dataYear;
    }

    public ClaimMeasure getMeasure() {
        return measure;
    }

    /** The value as written: -90, not -90.000000000 (its decimals say how precisely it was published). */
    public BigDecimal getValue() {
        return value.setScale(scale);
    }

    public long getSourceLine() {
        return sourceLine;
    }
}
