package org.portverify.interfaces.batch;

import java.util.Map;

/**
 * One step execution with its metrics (READ_COUNT, WRITE_COUNT, FILTER_COUNT, COMMIT_COUNT, ...) and its start and
 * end (ISO-8601 instants; end null while it runs), so that the time of each step can be read.
 */
public record StepSummary(long stepExecutionId, String name, String status, String exitStatus,
                          Map<String, Long> metrics, String startTime, String endTime) {
}
