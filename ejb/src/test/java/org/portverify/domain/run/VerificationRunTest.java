package org.portverify.domain.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portverify.domain.metrics.goals.GhgReferences;
import org.portverify.domain.metrics.progress.ProgressSettings;
import org.portverify.domain.metrics.trend.TrendWindow;
import org.portverify.domain.model.Port;

/** A run keeps the settings its progress was computed with, and gives them back unchanged for a re-verification. */
class VerificationRunTest {

    @Test
    void recordedSettingsComeBackEqual() {
        VerificationRun run = new VerificationRun(5L, 2025, LocalDate.of(2025, 12, 31));
        ProgressSettings settings = new ProgressSettings(GhgReferences.parse("POLA:1000,POLB:500",
                "job parameter ghgReference1990"), new TrendWindow(2018, 2025), new BigDecimal("0.02"));
        run.computeProgressWith(settings, " POLA:1000,POLB:500 ", "job parameter ghgReference1990",
                Map.of(Port.POLA, 3L));
        assertEquals(settings, run.progressSettings());
        assertEquals("POLA:1000,POLB:500", run.getGhgReference1990());
        assertEquals(Map.of(Port.POLA, 3L), run.getPreviousEditions());
    }

    @Test
    void aRunThatRecordedNothingHasTheDefaultsOfItsYear() {
        VerificationRun run = new VerificationRun(6L, 2030, LocalDate.of(2030, 12, 31));
        assertEquals(ProgressSettings.defaultsFor(2030), run.progressSettings());
        assertEquals(new TrendWindow(2017, 2030), run.progressSettings().trendWindow());
        run.computeProgressWith(ProgressSettings.defaultsFor(2030), null, null, Map.of());
        assertNull(run.getGhgReference1990());
        assertEquals(ProgressSettings.defaultsFor(2030), run.progressSettings());
    }
}
