package org.portverify.domain.model;

import java.math.BigDecimal;

/**
 * The global warming potentials an inventory edition weighs methane and nitrous oxide with to state CO2e: the
 * 100-year values of an IPCC assessment report (CO2 is 1 by definition). A port states its set in the manifest's
 * {@code gwp} column, since editions of different years may use different reports.
 */
public enum GlobalWarmingPotentials implements Coded {
    AR4("AR4", "IPCC Fourth Assessment Report, 100-year", new BigDecimal("25"), new BigDecimal("298")),
    AR5("AR5", "IPCC Fifth Assessment Report, 100-year", new BigDecimal("28"), new BigDecimal("265"));

    private final String code;
    private final String source;
    private final BigDecimal methane;
    private final BigDecimal nitrousOxide;

    GlobalWarmingPotentials(String code, String source, BigDecimal methane, BigDecimal nitrousOxide) {
        this.code = code;
        this.source = source;
        this.methane = methane;
        this.nitrousOxide = nitrousOxide;
    }

    @Override
    public String code() {
        return code;
    }

    /** The report the values come from, as a message names them. */
    public String source() {
        return source;
    }

    /** Tons of CO2 one ton of CH4 counts as. */
    public BigDecimal methane() {
        return methane;
    }

    /** Tons of CO2 one ton of N2O counts as. */
    public BigDecimal nitrousOxide() {
        return nitrousOxide;
    }

    /** CO2e of the three gases, in the unit they are given in: CO2 + GWP(CH4) x CH4 + GWP(N2O) x N2O. */
    public BigDecimal co2e(BigDecimal co2, BigDecimal ch4, BigDecimal n2o) {
        return co2.add(methane.multiply(ch4)).add(nitrousOxide.multiply(n2o));
    }

    /** {@code AR4 (CO2 + 25 x CH4 + 298 x N2O)}: the set and its formula, for a message. */
    public String formula() {
        return code + " (CO2 + " + methane.toPlainString() + " x CH4 + " + nitrousOxide.toPlainString() + " x N2O)";
    }
}
