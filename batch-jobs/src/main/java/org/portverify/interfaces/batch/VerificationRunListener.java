package org.portverify.interfaces.batch;

import java.util.logging.Logger;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.Reverifications;
import org.portverify.application.SubmissionIngests;
import org.portverify.application.VerificationRuns;
import org.portverify.domain.run.RunSettings;

/**
 * Job listener of {@code annual-verification} and {@code reverification}, and the one reader of their job
 * parameters. Before the job: records the run's settings on its run record, which every step reads from then on;
 * a restarted execution records the same settings and takes over the ingests its previous execution left. After
 * the job: the ingests it did not close (it failed or stopped) are INTERRUPTED, to be taken over by its restart or
 * by the next run; for a re-verification's re-run, compares it with the original, or records that it failed.
 */
@Named("verificationRunListener")
@Dependent
public class VerificationRunListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(VerificationRunListener.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private VerificationRuns runs;

    @Inject
    private Reverifications reverifications;

    @Inject
    private SubmissionIngests ingests;

    @Override
    public void beforeJob() {
        long executionId = job.getExecutionId();
        runs.open(executionId, RunSettingsParameters.settings(JobLauncher.operator().getParameters(executionId)),
                Executions.previous(executionId));
    }

    @Override
    public void afterJob() {
        ingests.ended(job.getExecutionId(), null);
        RunSettings.Reverifying reverifying = runs.run(job.getExecutionId()).settings().reverifying();
        if (reverifying == null) {
            return;
        }
        long reverification = reverifying.reverificationId();
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.STOPPING) {
            reverifications.failed(reverification, job.getExecutionId(), status.name());
            return;
        }
        var outcome = reverifications.compare(reverification, job.getExecutionId());
        LOG.info(() -> "Re-verification " + reverification + " of execution " + outcome.getOriginalExecutionId()
                + ": " + outcome.getStatus() + " (" + outcome.getDifferences().size() + " differences)");
    }
}
