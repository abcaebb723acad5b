package org.portverify.it.batch;

import jakarta.annotation.Priority;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.interceptor.Interceptor;

import org.portverify.application.IngestClosing;
import org.portverify.application.PendingSubmission;
import org.portverify.application.SubmissionIntake;
import org.portverify.domain.submission.ClosePhase;
import org.portverify.interfaces.batch.CloseIngestBatchlet;

/**
 * Test only: the close-ingest step of the system tests that restart a close interrupted in its middle. Added to the
 * batch module of the test deployment only, where it takes the production batchlet's place (an enabled alternative
 * of the same name). Armed with the system property {@value #PROPERTY} = {@code <reportingYear>:<n>}, the close of
 * that year's version commits its first n steps ({@link IngestClosing#advance}: 1 is CHECKED; for a rejected version
 * the next ones are windows of its withdrawal), then fails once, as a crash between two transactions would; the
 * property is cleared, so the restart passes.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@Named("closeIngest")
@Dependent
public class FailOnceCloseIngest extends CloseIngestBatchlet {

    public static final String PROPERTY = "portverify.test.fail-close";

    @Inject
    private JobContext job;

    @Inject
    private SubmissionIntake intake;

    @Inject
    private IngestClosing closing;

    @Override
    public String process() {
        String armed = System.getProperty(PROPERTY);
        if (armed != null) {
            String[] at = armed.split(":");
            for (PendingSubmission pending : intake.pendingOf(job.getExecutionId())) {
                if (pending.reportingYear() == Integer.parseInt(at[0])) {
                    failAfter(pending, Integer.parseInt(at[1]), armed);
                }
            }
        }
        return super.process();
    }

    private void failAfter(PendingSubmission pending, int steps, String armed) {
        ClosePhase reached = null;
        for (int step = 0; step < steps && reached != ClosePhase.DECIDED; step++) {
            reached = closing.advance(pending.id());
        }
        synchronized (FailOnceCloseIngest.class) {
            if (armed.equals(System.getProperty(PROPERTY))) {
                System.clearProperty(PROPERTY);
                throw new IllegalStateException("Test failure injected in the close of submission " + pending.id()
                        + " after " + steps + " step(s), at " + reached + " (system property " + PROPERTY
                        + "); never set in production");
            }
        }
    }
}
