package org.portverify.domain.metrics.goals;

import java.math.BigDecimal;
import java.util.Comparator;

import org.portverify.domain.metrics.Percentages;
import org.portverify.domain.metrics.Scope;

/**
 * One CAAP target evaluated for one scope on one data year: the reduction achieved against the target's reference
 * year, whether it meets the target and by how much, in signed percentage points (positive: better than required).
 *
 * @param dataYear     the data year evaluated: the target's own year ({@link Basis#TARGET_YEAR}) or the latest data
 *                     year of the series ({@link Basis#LATEST_YEAR}); null when the scope reports no year at all
 * @param reduction    {@code (E_ref - E_y) / E_ref}, unrounded, or null with {@code issue}
 * @param marginPoints {@code (reduction - target) x 100}, or null
 * @param issue        the PV-30xx code when the target could not be evaluated, else null
 */
public record StandardProgress(CaapTarget target, Scope scope, Basis basis, Integer dataYear, Status status,
                               BigDecimal reduction, BigDecimal marginPoints, String issue) {

    /** Which data year a target is evaluated on. */
    public enum Basis {
        /** The year the target is due (2014, 2023, 2030, 2050). */
        TARGET_YEAR,
        /** The latest data year the scope reports for the pollutant. */
        LATEST_YEAR
    }

    public enum Status {
        /** The reduction is at least the target's. */
        MET,
        /** The reduction falls short of the target (for a target still ahead: not met yet). */
        NOT_MET,
        /** The target's year is after the latest data year: nothing to evaluate yet on that basis. */
        NOT_YET_DUE,
        /** No figure, or a figure whose reduction is n/a (the issue says which). */
        NO_DATA,
        /** A greenhouse gas goal where no 1990 reference is configured (PV-3010). */
        NO_REFERENCE
    }

    /** Target order, then scope, then basis: the order {@link CaapStandards#evaluate} returns. */
    public static final Comparator<StandardProgress> ORDER = Comparator.comparing(StandardProgress::target)
            .thenComparing(StandardProgress::scope).thenComparing(StandardProgress::basis);

    /** The change as board tables show it ("-90%"), or "n/a". */
    public String displayChange() {
        return reduction == null ? "n/a" : Percentages.change(reduction.negate());
    }

    /** The margin as board tables show it ("+13 pp"), or "n/a". */
    public String displayMargin() {
        return marginPoints == null ? "n/a" : Percentages.points(marginPoints);
    }
}
