package org.portverify.interfaces.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.SubmissionIntake;

/** Step {@code close-ingest}: accepts the fully ingested versions and supersedes the ones they replace. */
@Named("closeIngest")
@Dependent
public class CloseIngestBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String reportingYear;

    @Inject
    private SubmissionIntake intake;

    @Override
    public String process() {
        intake.closeIngest(RunParameters.reportingYear(reportingYear));
        return "COMPLETED";
    }
}
