package org.portverify.domain.metrics.qa;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Pollutant;

/**
 * When the quality flags fire.
 *
 * @param yearOverYearK     a year-over-year change is flagged when it lies more than {@code k x 1.4826 x MAD} from
 *                          the median change of its series (MAD: the median absolute deviation of the changes)
 * @param baselineTolerance largest relative move of a 2005 baseline between two editions that goes unflagged
 * @param mayRise           pollutants whose rise since 2005 is {@link FlagLevel#INFO}, not a warning
 */
public record QaThresholds(BigDecimal yearOverYearK, BigDecimal baselineTolerance, Set<Pollutant> mayRise) {

    /** k = 3; a 1% baseline tolerance, as at intake; CO may rise (newer engines emit more CO in some categories). */
    public static final QaThresholds DEFAULT = new QaThresholds(new BigDecimal("3"), new BigDecimal("0.01"),
            EnumSet.of(Pollutant.CO));

    public QaThresholds {
        Objects.requireNonNull(yearOverYearK, "yearOverYearK");
        Objects.requireNonNull(baselineTolerance, "baselineTolerance");
        if (yearOverYearK.signum() <= 0 || baselineTolerance.signum() < 0) {
            throw new IllegalArgumentException("k must be above zero and the tolerance not below: " + yearOverYearK
                    + ", " + baselineTolerance);
        }
        mayRise = Set.copyOf(mayRise);
    }

    /** These thresholds with another baseline tolerance. */
    public QaThresholds withBaselineTolerance(BigDecimal tolerance) {
        return new QaThresholds(yearOverYearK, tolerance, mayRise);
    }

    /**
     * Parses a baseline tolerance, a fraction from 0 to 1 ({@code 0.01} is 1%); blank text is the default's.
     *
     * @throws RuleViolation PV-3014 naming what is wrong
     */
    public static BigDecimal parseBaselineTolerance(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT.baselineTolerance();
        }
        BigDecimal tolerance;
        try {
            tolerance = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation(ErrorCode.BASELINE_TOLERANCE_INVALID, text, "not a decimal number");
        }
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) > 0) {
            throw new RuleViolation(ErrorCode.BASELINE_TOLERANCE_INVALID, text, "outside 0 to 1");
        }
        return tolerance;
    }
}
