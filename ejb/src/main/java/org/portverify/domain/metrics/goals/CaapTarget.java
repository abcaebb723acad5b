package org.portverify.domain.metrics.goals;

import java.math.BigDecimal;

import org.portverify.domain.model.Pollutant;

/**
 * The CAAP's emission reduction yardsticks: the San Pedro Bay Emission Reduction Standards of the 2010 CAAP update
 * (reductions vs 2005 by 2014 and by 2023) and the greenhouse gas goals of the 2017 update (vs 1990, by 2030 and
 * 2050). Public facts (docs/domain.md), hence constants; the 1990 reference itself is configuration
 * ({@link GhgReferences}).
 */
public enum CaapTarget {
    STANDARD_2014_DPM(2014, Pollutant.DPM, "0.72", 2005),
    STANDARD_2014_NOX(2014, Pollutant.NOX, "0.22", 2005),
    STANDARD_2014_SOX(2014, Pollutant.SOX, "0.93", 2005),
    STANDARD_2023_DPM(2023, Pollutant.DPM, "0.77", 2005),
    STANDARD_2023_NOX(2023, Pollutant.NOX, "0.59", 2005),
    STANDARD_2023_SOX(2023, Pollutant.SOX, "0.93", 2005),
    GHG_2030(2030, Pollutant.CO2E, "0.40", 1990),
    GHG_2050(2050, Pollutant.CO2E, "0.80", 1990);

    private final int year;
    private final Pollutant pollutant;
    private final BigDecimal reduction;
    private final int referenceYear;

    CaapTarget(int year, Pollutant pollutant, String reduction, int referenceYear) {
        this.year = year;
        this.pollutant = pollutant;
        this.reduction = new BigDecimal(reduction);
        this.referenceYear = referenceYear;
    }

    /** The year by which the reduction is due. */
    public int year() {
        return year;
    }

    public Pollutant pollutant() {
        return pollutant;
    }

    /** The reduction required, as a fraction of the reference year's emissions (0.72 = 72% below). */
    public BigDecimal reduction() {
        return reduction;
    }

    /** 2005 for the standards, 1990 for the greenhouse gas goals. */
    public int referenceYear() {
        return referenceYear;
    }

    public boolean isGreenhouseGasGoal() {
        return referenceYear == 1990;
    }

    /** E.g. "2014 San Pedro Bay standard: DPM 72% below 2005", "2030 GHG goal: 40% below 1990". */
    public String label() {
        String percent = reduction.movePointRight(2).stripTrailingZeros().toPlainString() + "% below "
                + referenceYear;
        return isGreenhouseGasGoal() ? year + " GHG goal: " + percent
                : year + " San Pedro Bay standard: " + pollutant.code() + " " + percent;
    }
}
