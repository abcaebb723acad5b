package org.portverify.domain.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portverify.domain.submission.ClaimMeasure;
import org.portverify.domain.metrics.ReductionCalculator;
import org.portverify.domain.metrics.ReductionCalculator.PortInventory;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.domain.submission.Throughput;

/**
 * A port's claims against the figures a run computes. POLA's DPM, all from OGV: 47 short tons in 2005, 3 in 2024;
 * TEU 1,000,000 in 2005, 2,000,000 in 2024. By hand: the change vs 2005 is (3 - 47) / 47 = -93.617 %; per 10,000 TEU
 * 47 / 100 = 0.47 and 3 / 200 = 0.015 tons, a change of 0.015 / 0.47 - 1 = -96.809 %.
 */
class ClaimTest {

    private static final List<ReductionMetric> METRICS = ReductionCalculator.compute(1L, List.of(new PortInventory(
            Port.POLA,
            List.of(new InventoryFigure(1L, 2005, SourceCategory.OGV, Pollutant.DPM, new BigDecimal("47"),
                            MassUnit.SHORT_TONS, 2L),
                    new InventoryFigure(1L, 2024, SourceCategory.OGV, Pollutant.DPM, new BigDecimal("3"),
                            MassUnit.SHORT_TONS, 3L)),
            List.of(new Throughput(1L, 2005, 1_000_000L, 2L), new Throughput(1L, 2024, 2_000_000L, 3L)))));

    private static ClaimComparison claim(SourceCategory category, int year, ClaimMeasure measure, String value) {
        return new Claim(Scope.POLA, category, Pollutant.DPM, year, measure, new BigDecimal(value))
                .compare(METRICS, Materiality.DEFAULT);
    }

    @Test
    void changesAreComparedInPercentWithTheSignAPortPublishes() {
        assertEquals(ClaimOutcome.CONFIRMED, claim(SourceCategory.ALL, 2024, ClaimMeasure.CHANGE_VS_2005, "-94")
                .outcome());
        ClaimComparison rounded = claim(SourceCategory.ALL, 2024, ClaimMeasure.CHANGE_VS_2005, "-93");
        assertEquals(ClaimOutcome.WITHIN_ROUNDING, rounded.outcome());
        assertEquals("0.617", rounded.difference().setScale(3, java.math.RoundingMode.HALF_UP).toPlainString());
        assertEquals(ClaimOutcome.MISSTATED, claim(SourceCategory.ALL, 2024, ClaimMeasure.CHANGE_VS_2005, "-90")
                .outcome());
        assertEquals(ClaimOutcome.CONFIRMED, claim(SourceCategory.OGV, 2024, ClaimMeasure.CHANGE_VS_2005, "-93.6")
                .outcome(), "a category's claim reads the category's row");
        assertEquals(ClaimOutcome.CONFIRMED, claim(null, 2024, ClaimMeasure.EFFICIENCY_CHANGE_VS_2005, "-97")
                .outcome());
    }

    @Test
    void tonsAreComparedAsTheyAre() {
        assertEquals(ClaimOutcome.CONFIRMED, claim(null, 2024, ClaimMeasure.TONS, "3").outcome());
        assertEquals(ClaimOutcome.CONFIRMED, claim(null, 2024, ClaimMeasure.TONS_PER_10000_TEU, "0.015").outcome());
        // 3.2 against 3 is 6.7 % apart, beyond 5 %
        assertEquals(ClaimOutcome.MISSTATED, claim(null, 2024, ClaimMeasure.TONS, "3.2").outcome());
    }

    @Test
    void aClaimWithoutAFigureSaysWhy() {
        assertEquals("PV-3006", claim(null, 2024, ClaimMeasure.CHANGE_VS_2017, "-50").reasonCode(),
                "the edition has no 2017 figure");
        assertEquals("PV-3016", claim(null, 2023, ClaimMeasure.TONS, "5").reasonCode(), "no 2023 figure at all");
        ClaimComparison bay = new Claim(Scope.SAN_PEDRO_BAY, null, Pollutant.DPM, 2024, ClaimMeasure.TONS,
                BigDecimal.TEN).compare(METRICS, Materiality.DEFAULT);
        assertEquals(ClaimOutcome.NOT_RECOMPUTABLE, bay.outcome());
        assertEquals("PV-3016", bay.reasonCode(), "San Pedro Bay needs both ports");
    }

    @Test
    void theSubjectNamesWhatIsClaimed() {
        assertEquals("POLA DPM 2024 change vs 2005", new Claim(Scope.POLA, SourceCategory.ALL, Pollutant.DPM, 2024,
                ClaimMeasure.CHANGE_VS_2005, BigDecimal.ONE).subject());
        assertEquals("San Pedro Bay OGV NOx 2024 tons", new Claim(Scope.SAN_PEDRO_BAY, SourceCategory.OGV,
                Pollutant.NOX, 2024, ClaimMeasure.TONS, BigDecimal.ONE).subject());
    }
}
