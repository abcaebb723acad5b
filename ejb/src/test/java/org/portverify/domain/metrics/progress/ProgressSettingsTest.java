package org.portverify.domain.metrics.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.GhgReferences;
import org.portverify.domain.metrics.qa.QaThresholds;
import org.portverify.domain.metrics.trend.TrendWindow;

/** The job parameters' text forms: the 1990 GHG references, the trend window, the baseline tolerance. */
class ProgressSettingsTest {

    @Test
    void bothPortsReferencesMakeSanPedroBaysAsTheirSum() {
        GhgReferences references = GhgReferences.parse(" POLA:1234567.8 , POLB:2345678.9", "job parameter");
        assertEquals(0, new BigDecimal("1234567.8").compareTo(references.forScope(Scope.POLA).orElseThrow()
                .inReportingUnit()));
        // 1,234,567.8 + 2,345,678.9 = 3,580,246.7
        assertEquals(0, new BigDecimal("3580246.7").compareTo(references.forScope(Scope.SAN_PEDRO_BAY)
                .orElseThrow().inReportingUnit()));
        assertEquals("sum of POLA and POLB (job parameter)",
                references.forScope(Scope.SAN_PEDRO_BAY).orElseThrow().source());
        assertEquals("POLA:1234567.8,POLB:2345678.9,SAN_PEDRO_BAY:3580246.7", references.text());
    }

    @Test
    void aGivenSanPedroBayReferenceIsKeptAndOnePortAloneHasNoSum() {
        assertEquals(0, new BigDecimal("5").compareTo(GhgReferences.parse("POLA:1,POLB:2,SAN_PEDRO_BAY:5", "p")
                .forScope(Scope.SAN_PEDRO_BAY).orElseThrow().inReportingUnit()));
        assertTrue(GhgReferences.parse("POLB:2", "p").forScope(Scope.SAN_PEDRO_BAY).isEmpty());
        assertTrue(GhgReferences.parse(" ", "p").isEmpty());
        assertTrue(GhgReferences.parse(null, null).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POLA", "POLA:", "MARS:10", "POLA:ten", "POLA:0", "POLA:-5", "POLA:1,POLA:2", "POLA:1,",
        "POLA:2e12"})
    void aBadReferenceIsRefusedWithPv3012(String text) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> GhgReferences.parse(text, "p"));
        assertEquals("PV-3012", refused.code().code());
        assertTrue(refused.getMessage().contains(text), refused.getMessage());
    }

    /** Issue 15: a reporting year before 2017 had the window 2017-2017, no trend at all. */
    @Test
    void theDefaultWindowOfAYearBefore2017RunsFromTheFirstAnnualInventoryToIt() {
        assertEquals(new TrendWindow(2006, 2012), TrendWindow.defaultFor(2012));
        assertEquals(new TrendWindow(2006, 2016), TrendWindow.parse("", 2016));
        assertEquals(new TrendWindow(2006, 2006), TrendWindow.defaultFor(2006));
        assertEquals(new TrendWindow(2017, 2017), TrendWindow.defaultFor(2017));
        assertEquals(new TrendWindow(2017, 2025), TrendWindow.defaultFor(2025));
    }

    @Test
    void aWindowIsTwoDataYears() {
        assertEquals(new TrendWindow(2017, 2025), TrendWindow.parse(" 2017-2025 ", 2030));
        assertEquals(new TrendWindow(2020, 2020), TrendWindow.parse("2020-2020", 2030));
        assertEquals(new TrendWindow(2017, 2030), TrendWindow.parse("", 2030));
        assertEquals(new TrendWindow(2017, 2025), TrendWindow.parse(null, 2025));
        assertEquals("all data years", TrendWindow.ALL.text());
        assertEquals("2017-2025", TrendWindow.parse("2017-2025", 2025).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017", "2025-2017", "2017-", "x-2025", "2004-2025", "2017-2101", "2017-2020-2025"})
    void aBadWindowIsRefusedWithPv3013(String text) {
        assertEquals("PV-3013", assertThrows(RuleViolation.class, () -> TrendWindow.parse(text, 2025)).code().code());
    }

    @ParameterizedTest
    @CsvSource({"0.05, 0.05", "0, 0", "1, 1", "'', 0.01"})
    void aToleranceIsAFractionFromZeroToOne(String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(QaThresholds.parseBaselineTolerance(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "1.5", "5%", "abc"})
    void aBadToleranceIsRefusedWithPv3014(String text) {
        assertEquals("PV-3014", assertThrows(RuleViolation.class,
                () -> QaThresholds.parseBaselineTolerance(text)).code().code());
    }
}
