package org.portverify.application;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.portverify.domain.agreement.AgreementRules;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.model.Port;
import org.portverify.domain.run.ScheduledRun;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/**
 * The guard of the scheduled annual run. {@link #claim} inserts the guard row of a reporting year and rules version
 * and flushes it in the caller's transaction: the unique key refuses a second row, so when two triggers race, the
 * second insert fails and its transaction (which would have started the job) rolls back.
 */
@Stateless
public class ScheduledRuns {

    /** Written on the guard when no rules version is in force on the as-of date. */
    public static final String NO_RULES = "none";

    private static final Logger LOG = Logger.getLogger(ScheduledRuns.class.getName());

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Inject
    private ComplianceReview compliance;

    @Inject
    private SubmissionRepository submissions;

    /** The rules version a run of the year would evaluate with (as of its default date, December 31). */
    public String rulesVersion(int reportingYear) {
        return compliance.rules(LocalDate.of(reportingYear, 12, 31)).map(AgreementRules::version).orElse(NO_RULES);
    }

    /**
     * Inserts the guard of the year; throws (and marks the transaction for rollback) when another trigger already
     * holds it. Ports without a submission are logged and recorded with their PV code.
     */
    public ScheduledRun claim(int reportingYear, String startedBy, String submissionsDir) {
        List<String> missing = missing(reportingYear, submissionsDir);
        missing.forEach(reason -> LOG.warning(() -> "Scheduled run " + reportingYear + ": " + reason));
        ScheduledRun guard = new ScheduledRun(reportingYear, rulesVersion(reportingYear), Instant.now(), startedBy,
                missing);
        em.persist(guard);
        em.flush();
        return guard;
    }

    /** Records the execution the guard's transaction started. */
    public void started(ScheduledRun guard, long executionId) {
        em.find(ScheduledRun.class, guard.getId()).started(executionId);
    }

    /** Every guard, newest reporting year first. */
    public List<ScheduledRun> guards() {
        return em.createQuery("select g from ScheduledRun g order by g.reportingYear desc, g.id desc",
                ScheduledRun.class).getResultList();
    }

    public List<ScheduledRun> guards(int reportingYear) {
        return em.createQuery("select g from ScheduledRun g where g.reportingYear = :year order by g.id",
                ScheduledRun.class).setParameter("year", reportingYear).getResultList();
    }

    /**
     * The ports with neither an accepted version for the year nor a package folder under {@code submissionsDir},
     * each as a PV-4101 message.
     */
    public List<String> missing(int reportingYear, String submissionsDir) {
        List<String> missing = new ArrayList<>();
        for (Port port : Port.values()) {
            Path folder = submissionsDir == null ? null : Path.of(submissionsDir, String.valueOf(reportingYear),
                    port.name());
            if (submissions.current(port, reportingYear).isEmpty() && (folder == null || !Files.isDirectory(folder))) {
                missing.add(ErrorCode.SUBMISSION_MISSING_FOR_RUN.message(port, reportingYear, folder));
            }
        }
        return missing;
    }
}
