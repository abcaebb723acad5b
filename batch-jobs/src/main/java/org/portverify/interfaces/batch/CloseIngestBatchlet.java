package org.portverify.interfaces.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.SubmissionIntake;

/**
 * Step {@code close-ingest}: applies the package-level rules and accepts or rejects, all or nothing, the submission
 * named by {@code submissionId} or every submission of {@code reportingYear} awaiting it.
 */
@Named("closeIngest")
@Dependent
public class CloseIngestBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String reportingYear;

    @Inject
    @BatchProperty
    private String submissionId;

    @Inject
    @BatchProperty
    private String skipLimit;

    @Inject
    @BatchProperty
    private String pinnedSubmissions;

    @Inject
    private SubmissionIntake intake;

    @Override
    public String process() {
        if (!RunParameters.pinnedSubmissions(pinnedSubmissions).isEmpty()) {
            return "PINNED";
        }
        long limit = RunParameters.skipLimit(skipLimit);
        if (submissionId == null || submissionId.isBlank()) {
            intake.closeIngest(RunParameters.reportingYear(reportingYear), limit);
            return "COMPLETED";
        }
        return intake.close(Long.parseLong(submissionId), limit).name();
    }
}
