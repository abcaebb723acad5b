package org.portverify.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.ClaimMeasure;
import org.portverify.domain.submission.ClaimScope;
import org.portverify.domain.submission.ClaimedFigure;
import org.portverify.domain.submission.SubmissionPart;
import org.portverify.domain.verification.Claim;
import org.portverify.domain.verification.ClaimOutcome;
import org.portverify.domain.verification.Materiality;
import org.portverify.domain.metrics.ReductionCalculator.PortInventory;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.submission.RecordRules;

/**
 * End to end over the illustrative demo submissions (demo-data/submissions/2025): every record goes through
 * {@link RecordRules}, the metrics through {@link ReductionCalculator}, and the headline changes must be the ones in
 * demo-data/README.md ("Headline changes vs 2005"), which round to the ports' published figures.
 */
class DemoDataHeadlinesTest {

    private static List<ReductionMetric> metrics;

    @BeforeAll
    static void computeFromTheDemoFiles() {
        List<PortInventory> inventories = DemoData.inventories();
        for (PortInventory inventory : inventories) {
            // 10 data years x 5 categories x 8 pollutants = 400 figures, 10 TEU years
            assertEquals(400, inventory.figures().size(), inventory.port() + " figures");
            assertEquals(10, inventory.throughput().size(), inventory.port() + " TEU years");
        }
        metrics = ReductionCalculator.compute(1L, inventories);
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource({
            "POLA,          2024, DPM,  -90%",
            "POLA,          2024, NOX,  -73%",
            "POLA,          2024, SOX,  -98%",
            "POLA,          2024, CO2E, -18%",
            "POLB,          2024, DPM,  -90%",
            "POLB,          2024, NOX,  -68%",
            "POLB,          2024, SOX,  -98%",
            "POLB,          2023, DPM,  -92%",
            "POLB,          2023, NOX,  -71%",
            "POLB,          2023, SOX,  -98%",
            "POLB,          2023, CO2E, -17%",
            "SAN_PEDRO_BAY, 2024, DPM,  -90%",
            "SAN_PEDRO_BAY, 2024, NOX,  -70%",
            "SAN_PEDRO_BAY, 2024, SOX,  -98%",
            "SAN_PEDRO_BAY, 2024, CO2E, -10%",
    })
    void headlineChangeInTons(Scope scope, int year, Pollutant pollutant, String shown) {
        assertEquals(shown, total(scope, pollutant, year).displayChange());
    }

    @ParameterizedTest(name = "POLA 2024 {0} per 10,000 TEU: {1}")
    @CsvSource({"DPM, -93%", "NOX, -81%", "SOX, -99%", "CO2E, -40%"})
    void pola2024ChangePer10kTeu(Pollutant pollutant, String shown) {
        assertEquals(shown, total(Scope.POLA, pollutant, 2024).displayEfficiencyChange());
    }

    /** The README's totals and unrounded changes, half-up to 10 decimal places. */
    @ParameterizedTest(name = "POLA {0}: {1} -> {2}")
    @CsvSource({
            "DPM,  900.000,    88.652,     -0.9014977778, -0.9283943185",
            "NOX,  16000.000,  4261.919,   -0.7336300625, -0.8063637503",
            "SOX,  8000.000,   140.000,    -0.9825000000, -0.9872784654",
            "CO2E, 900000.000, 740250.000, -0.1775000000, -0.4020878749",
    })
    void pola2024UnroundedValues(Pollutant pollutant, String tons2005, String tons2024, String change,
                                 String efficiencyChange) {
        ReductionMetric m = total(Scope.POLA, pollutant, 2024);
        assertEquals(0, new BigDecimal(tons2005).compareTo(m.getBaselineTons()), "2005 total");
        assertEquals(0, new BigDecimal(tons2024).compareTo(m.getTons()), "2024 total");
        assertEquals(7_484_624L, m.getBaselineTeu());
        assertEquals(10_296_000L, m.getTeu());
        assertEquals(change, m.getReduction().negate().setScale(10, RoundingMode.HALF_UP).toPlainString());
        assertEquals(efficiencyChange,
                m.getEfficiencyReduction().negate().setScale(10, RoundingMode.HALF_UP).toPlainString());
    }

    /**
     * POLA 2024 against 2017 of the same edition (no published figure to match; hand-computed from the files):
     * r = (E17 - E24) / E17 and 1 - (E24 / E17) x (TEU17 / TEU24), with TEU 9,343,200 in 2017 and 10,296,000 in 2024.
     */
    @ParameterizedTest(name = "POLA 2024 {0} vs 2017: {1} t -> {2} ({3}), per 10,000 TEU {4}")
    @CsvSource({
            "DPM,  126.000,    -0.2964126984, -30%, -0.3615232249", // 37.348/126 = 9337/31500; 48854441/135135000
            "NOX,  6560.000,   -0.3503172256, -35%, -0.4104393845", // 2298.081/6560; 11550749333/28142400000
            "SOX,  240.000,    -0.4166666667, -42%, -0.4706487956", // 100/240 = 5/12; 24229/51480
            "CO2E, 827999.999, -0.1059782598, -11%, -0.1887117402", // 87749.999/827999.999
    })
    void pola2024ChangeVs2017(Pollutant pollutant, String tons2017, String change, String shown,
                              String efficiencyChange) {
        ReductionMetric m = total(Scope.POLA, pollutant, 2024);
        assertEquals(0, new BigDecimal(tons2017).compareTo(m.getTons2017()), "2017 total");
        assertEquals(9_343_200L, m.getTeu2017());
        assertEquals(change, m.getReduction2017().negate().setScale(10, RoundingMode.HALF_UP).toPlainString());
        assertEquals(shown, m.displayChange2017());
        assertEquals(efficiencyChange,
                m.getEfficiencyReduction2017().negate().setScale(10, RoundingMode.HALF_UP).toPlainString());
    }

    @Test
    void sanPedroBayTeuIsTheSumOfBothPorts() {
        // 2024: 10,296,000 + 9,649,724 = 19,945,724; 2005: 7,484,624 + 6,709,818 = 14,194,442
        ReductionMetric spb = total(Scope.SAN_PEDRO_BAY, Pollutant.DPM, 2024);
        assertEquals(19_945_724L, spb.getTeu());
        assertEquals(14_194_442L, spb.getBaselineTeu());
    }

    private static ReductionMetric total(Scope scope, Pollutant pollutant, int year) {
        return metrics.stream().filter(m -> m.getScope() == scope && m.getCategory() == null
                        && m.getPollutant() == pollutant && m.getDataYear() == year)
                .findFirst().orElseThrow(() -> new AssertionError("no total " + scope + " " + pollutant + " " + year));
    }

    /**
     * Each port's claims.csv states the headlines above as published; recomputed from its figures, every one is
     * confirmed (POLA DPM 2024: 900 -> 88.652 tons is -90.15 %, which rounds to the claimed -90).
     */
    @ParameterizedTest(name = "{0}: {1} claims, all confirmed")
    @CsvSource({"POLA, 12", "POLB, 11"})
    void everyDemoClaimIsConfirmed(Port port, int claims) {
        List<ClaimedFigure> stated = DemoData.read(DemoData.submissions().resolve(port.name()), SubmissionPart.CLAIMS)
                .stream().map(r -> RecordRules.claim(r, DemoData.REPORTING_YEAR)).toList();
        assertEquals(claims, stated.size());
        for (ClaimedFigure c : stated) {
            Claim claim = Claim.of(c, port);
            assertEquals(ClaimOutcome.CONFIRMED, claim.compare(metrics, Materiality.DEFAULT).outcome(),
                    claim.subject());
        }
        ClaimedFigure dpm = stated.get(0);
        assertEquals(List.of(ClaimScope.PORT, SourceCategory.ALL, Pollutant.DPM, 2024, ClaimMeasure.CHANGE_VS_2005),
                List.of(dpm.getScope(), dpm.getCategory(), dpm.getPollutant(), dpm.getDataYear(), dpm.getMeasure()));
        Claim overstated = new Claim(Scope.of(port), null, Pollutant.DPM, 2024, ClaimMeasure.CHANGE_VS_2005,
                new BigDecimal("-95"));
        assertEquals(ClaimOutcome.MISSTATED, overstated.compare(metrics, Materiality.DEFAULT).outcome(),
                "-95 % is about 5 pp beyond the recomputed -90 %");
    }
}
