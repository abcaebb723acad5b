package org.portverify.domain.submission;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * When an accepted figure is flagged, as fractions (0.50 = 50 %). A change beyond a threshold is not an error:
 * fleets turn over, throughput swings, and methods change between editions; it is a question the port answers.
 *
 * @param yearOverYearChange largest relative change of a category and pollutant total from one data year to the
 *                           next that goes unflagged
 * @param baselineTolerance  largest relative difference between a restated 2005 baseline and the previous
 *                           edition's that goes unflagged
 */
public record WarningThresholds(BigDecimal yearOverYearChange, BigDecimal baselineTolerance) {

    /** The contract's defaults (docs/submission-format.md): 50 % year over year, 1 % on the 2005 baseline. */
    public static final WarningThresholds DEFAULT =
            new WarningThresholds(new BigDecimal("0.50"), new BigDecimal("0.01"));

    public WarningThresholds {
        Objects.requireNonNull(yearOverYearChange, "yearOverYearChange");
        Objects.requireNonNull(baselineTolerance, "baselineTolerance");
        if (yearOverYearChange.signum() < 0 || baselineTolerance.signum() < 0) {
            throw new IllegalArgumentException("Thresholds cannot be negative: " + yearOverYearChange + ", "
                    + baselineTolerance);
        }
    }
}
