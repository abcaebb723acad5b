package org.portverify.interfaces.batch;

import java.util.Map;

/** One step execution with its metrics (READ_COUNT, WRITE_COUNT, FILTER_COUNT, COMMIT_COUNT, ...). */
public record StepSummary(long stepExecutionId, String name, String status, String exitStatus,
                          Map<String, Long> metrics) {
}
