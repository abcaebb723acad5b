package org.portverify.interfaces.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.RegistrationOutcome;
import org.portverify.application.SubmissionIntake;
import org.portverify.application.VerificationRuns;
import org.portverify.domain.model.Port;

/** Step {@code register-submissions}: opens the run and registers each port's package for the year. */
@Named("registerSubmissions")
@Dependent
public class RegisterSubmissionsBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(RegisterSubmissionsBatchlet.class.getName());

    @Inject
    @BatchProperty
    private String reportingYear;

    @Inject
    @BatchProperty
    private String asOfDate;

    @Inject
    @BatchProperty
    private String submissionsDir;

    /** Set on a re-verification's re-run: nothing is registered, the pinned versions are used as they are. */
    @Inject
    @BatchProperty
    private String pinnedSubmissions;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    private SubmissionIntake intake;

    @Inject
    private VerificationRuns runs;

    @Override
    public String process() {
        int year = RunParameters.reportingYear(reportingYear);
        runs.open(job.getExecutionId(), year, RunParameters.asOfDate(asOfDate, year));
        List<Long> pinned = RunParameters.pinnedSubmissions(pinnedSubmissions);
        if (!pinned.isEmpty()) {
            String exitStatus = "PINNED=" + pinned.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining("+"));
            step.setExitStatus(exitStatus);
            return exitStatus;
        }
        List<String> summary = new ArrayList<>();
        for (Port port : Port.values()) {
            RegistrationOutcome outcome = intake.register(Path.of(submissionsDir), year, port);
            LOG.info(() -> org.portverify.domain.error.ErrorCode.SUBMISSION_REGISTERED.message(port, year, outcome.kind(),
                    outcome.message()));
            summary.add(port + "=" + outcome.kind());
        }
        String exitStatus = String.join(",", summary);
        step.setExitStatus(exitStatus);
        return exitStatus;
    }
}
