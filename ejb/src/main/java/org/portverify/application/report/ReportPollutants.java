package org.portverify.application.report;

import java.util.List;

import org.portverify.domain.model.Pollutant;

/** Which pollutants the Board report shows where. */
public final class ReportPollutants {

    /** The key pollutants of the standards, the charts and the projections. */
    public static final List<Pollutant> KEY = List.of(Pollutant.DPM, Pollutant.NOX, Pollutant.SOX);

    /** The pollutants of the board tables, in column order. */
    public static final List<Pollutant> HEADLINE =
            List.of(Pollutant.DPM, Pollutant.NOX, Pollutant.SOX, Pollutant.PM2_5, Pollutant.CO2E);

    private ReportPollutants() {
    }
}
