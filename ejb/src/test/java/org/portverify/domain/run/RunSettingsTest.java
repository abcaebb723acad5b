package org.portverify.domain.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portverify.domain.error.ErrorCode;
import org.portverify.reports.PaperSize;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.verification.Materiality;
import org.portverify.domain.metrics.trend.TrendWindow;
import org.portverify.reports.ReportConformance;
import org.portverify.reports.ReportStatus;

/** A run's settings are validated and resolved once: defaults, then the server's settings, then the request. */
class RunSettingsTest {

    private static final RunSettings.ServerDefaults SERVER = new RunSettings.ServerDefaults("/srv/packages",
            "POLA:1000,POLB:500", "system property portverify.ghg.reference1990");

    @Test
    void aRequestForAYearGetsTheDefaultsAndTheServersSettings() {
        RunSettings settings = RunSettings.resolve(RunSettings.Request.forYear(2025), SERVER);
        assertEquals(2025, settings.reportingYear());
        assertEquals(LocalDate.of(2025, 12, 31), settings.asOfDate(), "the last day of the year, never the clock");
        assertEquals("/srv/packages", settings.submissionsDir());
        assertEquals(1000, settings.itemCount());
        assertEquals(1000, settings.skipLimit());
        assertEquals("POLA:1000,POLB:500", settings.ghgReference().text());
        assertEquals("system property portverify.ghg.reference1990", settings.ghgReference().source());
        // San Pedro Bay is the ports' sum: 1000 + 500.
        assertEquals(0, new BigDecimal("1500").compareTo(settings.progress().ghgReferences()
                .forScope(org.portverify.domain.metrics.Scope.SAN_PEDRO_BAY).orElseThrow().inReportingUnit()));
        assertEquals(new TrendWindow(2017, 2025), settings.trendWindow());
        assertEquals(new BigDecimal("0.01"), settings.baselineTolerance());
        assertEquals(ReportConformance.TAGGED, settings.reportConformance());
        assertEquals(ReportStatus.DRAFT, settings.reportStatus());
        assertEquals(Materiality.DEFAULT, settings.materiality());
        assertEquals("1pp,5%", settings.materiality().text());
        assertNull(settings.reverifying());
    }

    @Test
    void aRunComparesClaimsAtTheMaterialityItNames() {
        RunSettings settings = RunSettings.resolve(RunSettings.Request.forYear(2025).withMateriality(" 0.5pp, 2.5% "),
                SERVER);
        assertEquals(new Materiality(new BigDecimal("0.5"), new BigDecimal("0.025")), settings.materiality());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> RunSettings.resolve(
                RunSettings.Request.forYear(2025).withMateriality("5%,1pp"), SERVER));
        assertEquals(ErrorCode.MATERIALITY_INVALID, refused.code());
        assertEquals("PV-3015: Materiality '5%,1pp' is invalid: write percentage points, then percent of the tons,"
                + " e.g. 1pp,5%", refused.getMessage());
    }

    @Test
    void aRunWithoutSkipLimitIsJudgedWithTheYearsTolerance() {
        // The regulator set 25 for 2025 and 40 for 2024: a run of 2025 takes 25; an administrator's 7 wins.
        java.util.function.IntToLongFunction tolerances = year -> year == 2025 ? 25 : 40;
        assertEquals(25, RunSettings.resolve(RunSettings.Request.forYear(2025), SERVER, tolerances).skipLimit());
        assertEquals(7, RunSettings.resolve(new RunSettings.Request("2025", null, null, null, "7", null, null, null,
                null, null), SERVER, tolerances).skipLimit());
    }

    @Test
    void aRunsSkipLimitObeysTheSameBoundsAsTheYearsTolerance() {
        // 100,000 is the most an administrator may tolerate, by job parameter as by PUT /tolerances (PV-4021).
        assertEquals(100_000, RunSettings.resolve(new RunSettings.Request("2025", null, null, null, "100000", null,
                null, null, null, null), SERVER).skipLimit());
        assertCode(ErrorCode.TOLERANCE_INVALID, new RunSettings.Request("2025", null, null, null, "100001", null,
                null, null, null, null));
        assertCode(ErrorCode.TOLERANCE_INVALID, new RunSettings.Request("2025", null, null, null, "-1", null,
                null, null, null, null));
        RuleViolation recorded = assertThrows(RuleViolation.class, () -> RunSettings.skipLimit("5000000000"));
        assertEquals(ErrorCode.TOLERANCE_INVALID, recorded.code(), recorded.getMessage());
        assertEquals(1000, RunSettings.skipLimit(" "), "none recorded: the default");
    }

    @Test
    void whatTheRequestGivesWinsOverTheServer() {
        RunSettings settings = RunSettings.resolve(new RunSettings.Request(" 2024 ", "2024-06-30", "/tmp/p", "5",
                "7", "POLA:10", "2018-2024", "0.05", "PDFA", "Final"), SERVER);
        assertEquals(LocalDate.of(2024, 6, 30), settings.asOfDate());
        assertEquals("/tmp/p", settings.submissionsDir());
        assertEquals(5, settings.itemCount());
        assertEquals(7, settings.skipLimit());
        assertEquals("POLA:10", settings.ghgReference().text());
        assertEquals("job parameter ghgReference1990", settings.ghgReference().source());
        assertEquals(new TrendWindow(2018, 2024), settings.trendWindow());
        assertEquals(new BigDecimal("0.05"), settings.baselineTolerance());
        assertEquals(ReportConformance.PDF_A_1A, settings.reportConformance());
        assertEquals(ReportStatus.FINAL, settings.reportStatus());
    }

    @Test
    void withoutAnyReferenceTheGhgGoalsHaveNone() {
        RunSettings settings = RunSettings.resolve(RunSettings.Request.forYear(2025),
                new RunSettings.ServerDefaults("/srv", null, "system property portverify.ghg.reference1990"));
        assertEquals(RunSettings.GhgReferenceText.NONE, settings.ghgReference());
        assertEquals(true, settings.progress().ghgReferences().isEmpty());
    }

    @Test
    void eachBadSettingIsRefusedWithItsCode() {
        assertCode(ErrorCode.PARAMETER_INVALID, new RunSettings.Request("2005", null, null, null, null, null, null,
                null, null, null));
        assertCode(ErrorCode.PARAMETER_INVALID, RunSettings.Request.forYear(2025).withAsOfDate("31/12/2025"));
        assertCode(ErrorCode.PARAMETER_INVALID, RunSettings.Request.forYear(2025).withReport("tagged", "approved"));
        assertCode(ErrorCode.PARAMETER_INVALID, RunSettings.Request.forYear(2025).withReport("docx", null));
        assertCode(ErrorCode.PARAMETER_INVALID, new RunSettings.Request("2025", null, null, "0", null, null, null,
                null, null, null));
        assertCode(ErrorCode.GHG_REFERENCE_INVALID, RunSettings.Request.forYear(2025).withProgress("POLA=1", null,
                null));
        assertCode(ErrorCode.TREND_WINDOW_INVALID, RunSettings.Request.forYear(2025).withProgress(null, "2025-2017",
                null));
        assertCode(ErrorCode.BASELINE_TOLERANCE_INVALID, RunSettings.Request.forYear(2025).withProgress(null, null,
                "2"));
        RuleViolation noFolder = assertThrows(RuleViolation.class, () -> RunSettings.resolve(
                RunSettings.Request.forYear(2025), new RunSettings.ServerDefaults(null, null, null)));
        assertEquals(ErrorCode.PARAMETER_INVALID, noFolder.code());
        RuleViolation status = assertThrows(RuleViolation.class,
                () -> RunSettings.resolve(RunSettings.Request.forYear(2025).withReport(null, "approved"), SERVER));
        assertEquals("PV-4001: Parameter reportStatus is invalid: must be 'draft' or 'final', got 'approved'",
                status.getMessage());
    }

    @Test
    void pinnedSubmissionsAreIdsInOrder() {
        assertEquals(List.of(12L, 13L), RunSettings.pinnedSubmissions(" 12, 13"));
        assertEquals(List.of(), RunSettings.pinnedSubmissions(null));
        assertEquals(List.of(), RunSettings.pinnedSubmissions(""));
        assertThrows(RuleViolation.class, () -> RunSettings.pinnedSubmissions("12;13"));
    }

    @Test
    void aReRunKeepsEverySettingOfTheOriginal() {
        RunSettings original = RunSettings.resolve(RunSettings.Request.forYear(2025)
                .withProgress(null, "2019-2025", "0.03").withReport("pdfa", "final").withMateriality("2pp,10%")
                .withPaperSize("a4"), SERVER);
        assertEquals(PaperSize.A4, original.paperSize());
        RunSettings rerun = original.reverifiedBy(41L, 2L, List.of(7L, 8L), "CA-2025.1");
        assertEquals(new RunSettings.Reverifying(41L, 2L, List.of(7L, 8L), "CA-2025.1"), rerun.reverifying());
        assertEquals(original, new RunSettings(rerun.reportingYear(), rerun.asOfDate(), rerun.submissionsDir(),
                rerun.itemCount(), rerun.skipLimit(), rerun.ghgReference(), rerun.trendWindow(),
                rerun.baselineTolerance(), rerun.reportConformance(), rerun.reportStatus(), rerun.paperSize(),
                rerun.materiality(), null));
    }

    @Test
    void theReportIsOnUsLetterUnlessTheRunAsksForA4() {
        assertEquals(PaperSize.LETTER, RunSettings.resolve(RunSettings.Request.forYear(2025), SERVER).paperSize());
        assertEquals(PaperSize.LETTER, RunSettings.resolve(RunSettings.Request.forYear(2025).withPaperSize(" "),
                SERVER).paperSize());
        assertEquals(PaperSize.A4, RunSettings.resolve(RunSettings.Request.forYear(2025).withPaperSize("A4"),
                SERVER).paperSize());
        assertEquals(PaperSize.LETTER, RunSettings.resolve(RunSettings.Request.forYear(2025)
                .withPaperSize("letter"), SERVER).paperSize());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> RunSettings.resolve(
                RunSettings.Request.forYear(2025).withPaperSize("legal"), SERVER));
        assertEquals(ErrorCode.PARAMETER_INVALID, refused.code());
        assertTrue(refused.getMessage().contains("paperSize"), refused.getMessage());
    }

    private static void assertCode(ErrorCode code, RunSettings.Request request) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> RunSettings.resolve(request, SERVER));
        assertEquals(code, refused.code(), refused.getMessage());
    }
}
