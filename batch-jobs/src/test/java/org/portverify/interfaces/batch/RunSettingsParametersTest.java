package org.portverify.interfaces.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.portverify.domain.run.RunSettings;

/** The settings reach the job listener exactly as they were resolved, through the job parameters. */
class RunSettingsParametersTest {

    private static final RunSettings.ServerDefaults SERVER = new RunSettings.ServerDefaults("/srv/packages",
            "POLA:1000,POLB:500", "system property portverify.ghg.reference1990");

    @Test
    void settingsRoundTripThroughJobParameters() {
        RunSettings settings = RunSettings.resolve(RunSettings.Request.forYear(2025).withAsOfDate("2025-11-30")
                .withItemCount(5).withProgress(null, "2019-2025", "0.030").withReport("pdfa", "final"), SERVER);
        Properties parameters = RunSettingsParameters.of(settings);
        assertEquals(settings, RunSettingsParameters.settings(parameters));
        assertEquals("5", parameters.getProperty("itemCount"), "the chunk's item-count of the job XML");
        assertEquals("POLA:1000,POLB:500", parameters.getProperty("ghgReference1990"));
        assertEquals("system property portverify.ghg.reference1990",
                parameters.getProperty("ghgReference1990Source"));
        assertEquals("2019-2025", parameters.getProperty("trendWindow"));
        assertEquals("0.03", parameters.getProperty("baselineTolerance"));
        assertEquals("pdfa", parameters.getProperty("reportConformance"));
        assertEquals("final", parameters.getProperty("reportStatus"));
    }

    @Test
    void aReRunsSettingsRoundTripToo() {
        RunSettings rerun = RunSettings.resolve(RunSettings.Request.forYear(2025),
                new RunSettings.ServerDefaults("/srv", null, null)).reverifiedBy(40L, 3L, List.of(12L, 13L), null);
        Properties parameters = RunSettingsParameters.of(rerun);
        assertEquals(rerun, RunSettingsParameters.settings(parameters));
        assertEquals("12,13", parameters.getProperty("pinnedSubmissions"));
        assertEquals(null, parameters.getProperty("ghgReference1990"));
    }

    @Test
    void anIngestNamesItsVersion() {
        Properties parameters = RunSettingsParameters.ingest(77L, 5);
        assertEquals(77L, RunSettingsParameters.submissionId(parameters));
        assertEquals("5", parameters.getProperty("itemCount"));
    }
}
