package org.portverify.it.batch;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.interceptor.Interceptor;

import org.portverify.application.SubmissionIntake;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.interfaces.batch.RecordValidator;

/**
 * Test only: the record validator of the system tests that restart a run from its checkpoint. Added to the batch
 * module of the test deployment only, where it takes the production validator's place (an enabled alternative of
 * the same name). Armed with the system property {@value #PROPERTY} = {@code <reportingYear>:<n>}, the n-th record
 * it processes of that year fails once with PV-4149 and the property is cleared, so the restart passes.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@Named("recordValidator")
@Dependent
public class FailOnceRecordValidator extends RecordValidator {

    public static final String PROPERTY = "portverify.test.fail-once";

    @Inject
    private SubmissionIntake intake;

    private long processed;

    @Override
    public Object processItem(Object item) throws Exception {
        int year = intake.reportingYearOf(((SourceRecord) item).submissionId());
        long number = ++processed;
        String armed = System.getProperty(PROPERTY);
        if (armed != null && armed.equals(year + ":" + number)) {
            synchronized (FailOnceRecordValidator.class) {
                if (armed.equals(System.getProperty(PROPERTY))) {
                    System.clearProperty(PROPERTY);
                    throw new RuleViolation(ErrorCode.FAILURE_INJECTED, number, year, PROPERTY);
                }
            }
        }
        return super.processItem(item);
    }
}
