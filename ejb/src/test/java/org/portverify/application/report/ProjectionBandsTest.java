package org.portverify.application.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.metrics.trend.YearValue;

class ProjectionBandsTest {

    @Test
    void aStraightFallIsDrawnSixYearsOnAndNeverBelowZero() {
        // 50, 40, 30 tons: exactly -10 a year, so the slope's interval is the slope itself and the band is the line
        List<ProjectionBands.Year> years = ProjectionBands.of(Trend.fit(List.of(new YearValue(2020, 50),
                new YearValue(2021, 40), new YearValue(2022, 30))));
        assertEquals(2020, years.get(0).year());
        assertEquals(2028, years.get(years.size() - 1).year(), "six years past 2022");
        ProjectionBands.Year y2024 = years.get(4);
        assertEquals(2024, y2024.year());
        assertEquals(10, y2024.fitted(), 1e-9);
        assertEquals(10, y2024.low(), 1e-9);
        assertEquals(10, y2024.high(), 1e-9);
        // 2026 would be -10 tons on the line: drawn at zero
        assertEquals(0, years.get(6).fitted(), 1e-9);
        assertEquals(0, years.get(6).high(), 1e-9);
    }
}
