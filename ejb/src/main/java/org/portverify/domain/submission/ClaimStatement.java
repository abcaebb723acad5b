package org.portverify.domain.submission;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;

/**
 * What a claim states, as a port wrote it on a line of claims.csv: a category (or ALL), a pollutant, a data year, a
 * measure and its value with the decimals it was written with. Kept with the line it came from
 * ({@link ClaimedFigure}) and with what a run made of it ({@code CheckedClaim}).
 */
@Embeddable
public class ClaimStatement {

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

    protected ClaimStatement() {
    }

    public ClaimStatement(SourceCategory category, Pollutant pollutant, int dataYear, ClaimMeasure measure,
                          BigDecimal value) {
        this.category = Objects.requireNonNull(category, "category");
        this.pollutant = Objects.requireNonNull(pollutant, "pollutant");
        this.dataYear = dataYear;
        this.measure = Objects.requireNonNull(measure, "measure");
        this.value = Objects.requireNonNull(value, "value");
        this.scale = value.scale();
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
}
