package org.portverify.interfaces.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import jakarta.batch.runtime.BatchStatus;

import org.junit.jupiter.api.Test;

class RunHistoryTest {

    private static final List<StepSummary> STEPS = List.of(
            new StepSummary(1, "register-submissions", "COMPLETED", "POLA=NEW_VERSION", Map.of(),
                    "2026-06-30T08:00:00Z", "2026-06-30T08:00:01Z"),
            new StepSummary(2, "ingest-records", "STARTED", null,
                    Map.of("READ_COUNT", 250L, "WRITE_COUNT", 200L, "FILTER_COUNT", 3L), "2026-06-30T08:00:01Z", null));

    @Test
    void aRunningExecutionShowsItsItemsSoFar() {
        assertEquals(new ExecutionProgress("ingest-records", 250, 200, 3),
                RunHistory.progress(BatchStatus.STARTED, STEPS));
    }

    @Test
    void anEndedExecutionShowsNoProgress() {
        assertNull(RunHistory.progress(BatchStatus.COMPLETED, STEPS));
        assertNull(RunHistory.progress(BatchStatus.FAILED, STEPS));
    }
}
