package org.portverify.interfaces.batch;

import java.util.List;
import java.util.Map;

import org.portverify.application.SubmissionHistory.IngestedVersion;

/**
 * An execution as the API shows it: status, parameters, start and end, each step with its metrics, the report it
 * produced (SHA-256 of the PDF and of its data), what it found missing and, while it runs, its progress.
 *
 * @param reverifiesExecutionId for the re-run of a re-verification, the execution it re-verifies
 * @param missingSubmissions    the ports whose submission the run lacked, each with its PV code
 * @param progress              while the execution runs; null once it has ended
 * @param submission            for an {@code ingest-submission} execution, the version it ingests; null otherwise
 */
public record RunSummary(long executionId, String jobName, String status, String exitStatus,
                         Integer reportingYear, String asOfDate, String startTime, String endTime,
                         Map<String, String> parameters, List<StepSummary> steps, String reportPdfSha256,
                         String reportDataSha256, List<String> missingSubmissions, Long reverifiesExecutionId,
                         ExecutionProgress progress, IngestedVersion submission) {
}
