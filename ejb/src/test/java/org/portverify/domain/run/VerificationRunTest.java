package org.portverify.domain.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portverify.domain.verification.Materiality;
import org.portverify.domain.metrics.goals.GhgReferences;
import org.portverify.domain.metrics.progress.ProgressSettings;
import org.portverify.domain.metrics.trend.TrendWindow;
import org.portverify.domain.model.Port;
import org.portverify.reports.ReportConformance;
import org.portverify.reports.ReportStatus;

/** A run records its settings when it opens, and gives them back unchanged for every step and a re-verification. */
class VerificationRunTest {

    private static final RunSettings.ServerDefaults SERVER = new RunSettings.ServerDefaults("/srv/packages", null,
            null);

    @Test
    void recordedSettingsComeBackEqual() {
        RunSettings settings = RunSettings.resolve(RunSettings.Request.forYear(2025)
                .withProgress(" POLA:1000,POLB:500 ", "2018-2025", "0.02").withReport("pdfa", "final")
                .withItemCount(5).withMateriality("0.5pp,2%"), SERVER);
        VerificationRun run = VerificationRun.open(5L, settings, null);
        run.comparedBaselinesWith(Map.of(Port.POLA, 3L));
        assertEquals(settings, run.settings());
        assertEquals(new ProgressSettings(GhgReferences.parse("POLA:1000,POLB:500",
                "job parameter ghgReference1990"), new TrendWindow(2018, 2025), new BigDecimal("0.02")),
                run.progressSettings());
        assertEquals("POLA:1000,POLB:500", run.getGhgReference1990());
        assertEquals(Map.of(Port.POLA, 3L), run.getPreviousEditions());
        assertEquals(ReportConformance.PDF_A_1A, run.settings().reportConformance());
        assertEquals(ReportStatus.FINAL, run.settings().reportStatus());
        assertEquals(5, run.settings().itemCount());
        assertEquals("0.5pp,2%", run.settings().materiality().text());
    }

    @Test
    void aRunThatRecordedNothingHasTheDefaultsOfItsYear() {
        VerificationRun run = new VerificationRun(6L, 2030, LocalDate.of(2030, 12, 31));
        assertEquals(ProgressSettings.defaultsFor(2030), run.progressSettings());
        assertEquals(new TrendWindow(2017, 2030), run.progressSettings().trendWindow());
        assertNull(run.getGhgReference1990());
        RunSettings settings = run.settings();
        assertEquals(RunSettings.DEFAULT_SKIP_LIMIT, settings.skipLimit());
        assertEquals(ReportConformance.TAGGED, settings.reportConformance());
        assertEquals(ReportStatus.DRAFT, settings.reportStatus());
        assertEquals(Materiality.DEFAULT, settings.materiality(), "a run from before claims: the default");
        assertNull(settings.reverifying());
    }

    @Test
    void aReRunTakesTheOriginalsSettingsPinsAndPreviousEditions() {
        RunSettings original = RunSettings.resolve(RunSettings.Request.forYear(2025).withAsOfDate("2025-06-30"),
                new RunSettings.ServerDefaults("/srv/packages", "POLA:1000,POLB:500", "system property x"));
        VerificationRun first = VerificationRun.open(7L, original, null);
        first.pinInputs(List.of(11L, 12L));
        first.evaluatedWith("CA-2025.1");
        first.comparedBaselinesWith(Map.of(Port.POLB, 4L));

        RunSettings rerunSettings = first.settings().reverifiedBy(7L, 3L, first.getSubmissionIds(),
                first.getRulesVersion());
        VerificationRun rerun = VerificationRun.open(8L, rerunSettings, first);
        assertEquals(rerunSettings, rerun.settings());
        assertEquals(List.of(11L, 12L), rerun.getSubmissionIds());
        assertEquals("CA-2025.1", rerun.getRulesVersion());
        assertEquals(Long.valueOf(7L), rerun.getReverifiesExecutionId());
        assertEquals(7L, rerun.reportedExecutionId());
        assertEquals(Map.of(Port.POLB, 4L), rerun.getPreviousEditions());
        assertEquals("POLA:1000,POLB:500", rerun.settings().ghgReference().text());
        assertEquals("system property x", rerun.settings().ghgReference().source());
        assertEquals(LocalDate.of(2025, 6, 30), rerun.getAsOfDate());
        assertThrows(IllegalArgumentException.class, () -> VerificationRun.open(9L, rerunSettings, null));
    }
}
