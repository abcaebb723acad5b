package org.portverify.interfaces.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import jakarta.batch.runtime.BatchStatus;

import org.junit.jupiter.api.Test;
import org.portverify.domain.error.RuleViolation;

class JobRunsTest {

    private static final List<StepSummary> STEPS = List.of(
            new StepSummary(1, "register-submissions", "COMPLETED", "POLA=NEW_VERSION", Map.of()),
            new StepSummary(2, "ingest-records", "STARTED", null,
                    Map.of("READ_COUNT", 250L, "WRITE_COUNT", 200L, "PROCESS_SKIP_COUNT", 3L)));

    @Test
    void aRunningExecutionShowsItsItemsSoFar() {
        assertEquals(new RunProgress("ingest-records", 250, 200, 3), JobRuns.progress(BatchStatus.STARTED, STEPS));
    }

    @Test
    void anEndedExecutionShowsNoProgress() {
        assertNull(JobRuns.progress(BatchStatus.COMPLETED, STEPS));
        assertNull(JobRuns.progress(BatchStatus.FAILED, STEPS));
    }

    @Test
    void pinnedSubmissionsAreIdsInOrder() {
        assertEquals(List.of(12L, 13L), RunParameters.pinnedSubmissions(" 12, 13"));
        assertEquals(List.of(), RunParameters.pinnedSubmissions(null));
        assertEquals(List.of(), RunParameters.pinnedSubmissions(""));
        assertThrows(RuleViolation.class, () -> RunParameters.pinnedSubmissions("12;13"));
    }

    @Test
    void reportOptionsDefaultToATaggedDraftAndRefuseOtherWords() {
        assertEquals(ReportOptions.DEFAULTS, ReportOptions.of(null, " "));
        ReportOptions archived = ReportOptions.of("PDFA", "Final");
        assertEquals("pdfa", archived.conformanceParameter());
        assertEquals("final", archived.statusParameter());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> ReportOptions.of("tagged", "approved"));
        assertEquals("PV-4001: Parameter reportStatus is invalid: must be 'draft' or 'final', got 'approved'",
                refused.getMessage());
    }
}
