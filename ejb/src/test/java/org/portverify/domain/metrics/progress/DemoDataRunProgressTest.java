package org.portverify.domain.metrics.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.portverify.domain.metrics.DemoData;
import org.portverify.domain.metrics.ReductionCalculator;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.trend.TrendMethod;

/** What compute-metrics stores for the demo data with the defaults (the numbers AnnualVerificationIT finds stored). */
class DemoDataRunProgressTest {

    @Test
    void theDemoRunsProgressRows() {
        List<ReductionMetric> metrics = ReductionCalculator.compute(1L, DemoData.inventories());
        // 3 scopes x (total + 5 categories) x 8 pollutants x 10 data years
        assertEquals(1440, metrics.size());
        RunProgress progress = RunProgress.compute(metrics, DemoData.fleets(), List.of(),
                ProgressSettings.defaultsFor(DemoData.REPORTING_YEAR));
        // 6 San Pedro Bay standards + 2 GHG goals x 3 scopes, each on its target year and on the latest year
        assertEquals(24, progress.standards().size());
        // 3 scopes x DPM, NOx, SOx, CO2e x tons and tons per 10,000 TEU
        assertEquals(24, progress.trends().size());
        Map<String, Long> byCode = progress.qaFlags().stream().collect(Collectors.groupingBy(f -> f.code().code(),
                TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("PV-3050", 75L, "PV-3052", 46L), byCode);
        // (2 ports + San Pedro Bay) x CHE and HDV x 9 data years (2017..2025)
        assertEquals(54, progress.zeroEmissionShares().size());
        // 2017-2025: every trend has its 9 points; POLA NOx tons is robust (2021), San Pedro Bay NOx is not
        progress.trends().forEach(t -> assertEquals(9, t.trend().points().size()));
        assertEquals(TrendMethod.THEIL_SEN, progress.trends().stream().filter(t -> t.scope().name().equals("POLA")
                && t.pollutant().code().equals("NOx") && t.measure() == TrendMeasure.TONS).findFirst().orElseThrow()
                .trend().method());
    }
}
