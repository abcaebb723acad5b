package org.portverify.interfaces.batch;

import java.util.List;

/** An execution of annual-verification as the API shows it; steps are empty in listings. */
public record RunSummary(long executionId, String jobName, String status, String exitStatus,
                         Integer reportingYear, String asOfDate, String startTime, String endTime,
                         List<StepSummary> steps) {
}
