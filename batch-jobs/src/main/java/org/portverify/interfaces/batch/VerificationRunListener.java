package org.portverify.interfaces.batch;

import java.util.logging.Logger;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.Reverifications;
import org.portverify.application.VerificationRuns;

/**
 * Job listener of {@code annual-verification}. Before the job: opens the run record of this execution, also on a
 * restart, whose new execution skips the completed register step. After the job of a re-verification's re-run:
 * compares it with the original, or records that it failed.
 */
@Named("verificationRunListener")
@Dependent
public class VerificationRunListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(VerificationRunListener.class.getName());

    @Inject
    @BatchProperty
    private String reportingYear;

    @Inject
    @BatchProperty
    private String asOfDate;

    @Inject
    @BatchProperty
    private String reverifies;

    @Inject
    @BatchProperty
    private String reverificationId;

    @Inject
    @BatchProperty
    private String rulesVersion;

    @Inject
    private JobContext job;

    @Inject
    private VerificationRuns runs;

    @Inject
    private Reverifications reverifications;

    @Override
    public void beforeJob() {
        int year = RunParameters.reportingYear(reportingYear);
        runs.open(job.getExecutionId(), year, RunParameters.asOfDate(asOfDate, year), id(reverifies),
                rulesVersion);
    }

    @Override
    public void afterJob() {
        Long reverification = id(reverificationId);
        if (reverification == null) {
            return;
        }
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.STOPPING) {
            reverifications.failed(reverification, job.getExecutionId(), status.name());
            return;
        }
        var outcome = reverifications.compare(reverification, job.getExecutionId());
        LOG.info(() -> "Re-verification " + reverification + " of execution " + outcome.getOriginalExecutionId()
                + ": " + outcome.getStatus() + " (" + outcome.getDifferences().size() + " differences)");
    }

    private static Long id(String text) {
        return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    }
}
