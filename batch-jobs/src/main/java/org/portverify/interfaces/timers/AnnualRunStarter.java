package org.portverify.interfaces.timers;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.application.AnnualVerifications;
import org.portverify.application.ScheduledRuns;
import org.portverify.domain.run.RunSettings;
import org.portverify.domain.run.ScheduledRun;

/**
 * Starts the annual verification of a year once: in one transaction, inserts the year's guard (whose unique key
 * refuses a second one), starts the job and records its execution id on the guard. A second trigger's insert fails,
 * its transaction rolls back, and it starts nothing.
 */
@Stateless
public class AnnualRunStarter {

    @Inject
    private ScheduledRuns scheduledRuns;

    @Inject
    private AnnualVerifications verifications;

    /** The execution started; throws when the year's guard already exists. */
    public long startOnce(int reportingYear, String startedBy, String submissionsDir) {
        ScheduledRun guard = scheduledRuns.claim(reportingYear, startedBy, submissionsDir);
        long executionId = verifications.start(startedBy,
                RunSettings.Request.forYear(reportingYear).withSubmissionsDir(submissionsDir));
        scheduledRuns.started(guard, executionId);
        return executionId;
    }
}
