package org.portverify.interfaces.batch;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * A test-only switch that fails one record, once, so that the system tests can restart a run from its checkpoint.
 * Set the system property {@value #PROPERTY} to {@code <reportingYear>:<n>}: the n-th record the validator of that
 * year's ingest processes fails with PV-4149, and the property is cleared, so the restart passes. Never set in
 * production; it is not a validation rule and no domain rule knows of it.
 */
final class InjectedFailure {

    static final String PROPERTY = "portverify.test.fail-once";

    private InjectedFailure() {
    }

    static void check(int reportingYear, long recordNumber) {
        String armed = System.getProperty(PROPERTY);
        if (armed == null || !armed.equals(reportingYear + ":" + recordNumber)) {
            return;
        }
        synchronized (InjectedFailure.class) {
            if (armed.equals(System.getProperty(PROPERTY))) {
                System.clearProperty(PROPERTY);
                throw new RuleViolation(ErrorCode.FAILURE_INJECTED, recordNumber, reportingYear, PROPERTY);
            }
        }
    }
}
