package org.portverify.domain.model;

/**
 * Pollutants of the inventories. Criteria pollutants are reported in short tons per year, greenhouse gases in
 * metric tons per year: {@link #reportingUnit()} is the unit every figure is converted to before it is summed.
 */
public enum Pollutant implements Coded {
    DPM("DPM", false),
    PM10("PM10", false),
    PM2_5("PM2.5", false),
    NOX("NOx", false),
    SOX("SOx", false),
    CO("CO", false),
    HC("HC", false),
    CO2E("CO2e", true),
    CO2("CO2", true),
    CH4("CH4", true),
    N2O("N2O", true);

    private final String code;
    private final boolean greenhouseGas;

    Pollutant(String code, boolean greenhouseGas) {
        this.code = code;
        this.greenhouseGas = greenhouseGas;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isGreenhouseGas() {
        return greenhouseGas;
    }

    public MassUnit reportingUnit() {
        return greenhouseGas ? MassUnit.METRIC_TONS : MassUnit.SHORT_TONS;
    }
}
