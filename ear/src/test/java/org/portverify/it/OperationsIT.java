package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portverify.application.AnnualVerifications;
import org.portverify.application.RegistrationOutcome;
import org.portverify.application.SubmissionUploads;
import org.portverify.application.BoardReports;
import org.portverify.application.ReverificationRequests;
import org.portverify.application.Reverifications;
import org.portverify.application.ScheduledRuns;
import org.portverify.application.VerificationRuns;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.model.Port;
import org.portverify.domain.report.BoardReport;
import org.portverify.domain.run.Difference;
import org.portverify.domain.run.FigureComparison;
import org.portverify.domain.run.Reverification;
import org.portverify.domain.run.ReverificationStatus;
import org.portverify.domain.run.RunSettings;
import org.portverify.domain.run.ScheduledRun;
import org.portverify.domain.run.VerificationRun;
import org.portverify.domain.submission.IngestState;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionStatus;
import org.portverify.interfaces.batch.JobLauncher;
import org.portverify.interfaces.batch.RunHistory;
import org.portverify.it.batch.FailOnceRecordValidator;
import org.portverify.interfaces.batch.RunSummary;
import org.portverify.interfaces.timers.AnnualRunSchedule;
import org.portverify.interfaces.timers.CrashRecovery;

/**
 * Operations inside the server: the scheduled run's guard (reporting year 2036), crash recovery's marking (2042),
 * a run restarted after a failure
 * injected mid-step (2038), and re-verification MATCH and, after a stored figure is tampered with, MISMATCH (2044).
 * The runs of 2038 and 2044 speak as of 2025-06-30, before the Cooperative Agreement took effect, so that they
 * charge nothing to the defaults ledger the other system tests count.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    private static final String BATCH = "portverify-batch-jobs";
    private static final String EJB = "portverify-ejb";
    private static final String BEFORE_AGREEMENT = "2025-06-30";

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withBatchArtifacts(Deployments.ear(OperationsIT.class, Packages.class),
                FailOnceRecordValidator.class);
    }

    /**
     * An upload whose ingest fails on the server's side (the test deployment's injected failure at the 3rd record,
     * PV-4149, a 500 in the catalogue) is not the port's fault: the version stays RECEIVED, its ingest INTERRUPTED
     * with what it stored kept, and nothing is rejected. The same bytes uploaded again continue that ingest (RESUMED,
     * the failed execution restarted from its checkpoint): version 1 ends ACCEPTED, and there is no version 2 (2066).
     */
    @Test
    void theSamePackageAfterAServerFailureContinuesItsIngest() throws Exception {
        int year = 2066;
        byte[] zip = Packages.zip(Packages.forYear(Packages.demo("POLA"), "POLA", year));
        SubmissionUploads uploads = Runs.lookup(EJB, SubmissionUploads.class);
        System.setProperty(FailOnceRecordValidator.PROPERTY, year + ":3");
        SubmissionUploads.Upload first;
        try {
            first = uploads.upload(Port.POLA, year, new ByteArrayInputStream(zip), "pola-2066.zip", "pola");
            assertEquals(RegistrationOutcome.Kind.NEW_VERSION, first.outcome().kind());
            assertEquals(BatchStatus.FAILED, Runs.awaitEnd(first.executionId()).getBatchStatus());
        } finally {
            System.clearProperty(FailOnceRecordValidator.PROPERTY);
        }
        long firstId = first.outcome().submissionId();
        assertEquals(SubmissionStatus.RECEIVED, em.find(Submission.class, firstId).getStatus());
        assertEquals(IngestState.INTERRUPTED, em.find(Submission.class, firstId).getIngestState());
        assertEquals(0L, em.createQuery("select count(r) from RejectedRecord r where r.submissionId = :id",
                Long.class).setParameter("id", firstId).getSingleResult(), "nothing refused for a server failure");

        SubmissionUploads.Upload again = uploads.upload(Port.POLA, year, new ByteArrayInputStream(zip),
                "pola-2066.zip", "pola");
        assertEquals(RegistrationOutcome.Kind.RESUMED, again.outcome().kind(), again.outcome().message());
        assertEquals(firstId, again.outcome().submissionId());
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(again.executionId()).getBatchStatus());
        assertEquals(List.of(first.executionId(), again.executionId()), BatchRuntime.getJobOperator()
                .getJobExecutions(BatchRuntime.getJobOperator().getJobInstance(first.executionId())).stream()
                .map(e -> e.getExecutionId()).sorted().toList(), "the failed execution restarted");
        Submission version = em.find(Submission.class, firstId);
        assertEquals(SubmissionStatus.ACCEPTED, version.getStatus());
        assertEquals(List.of(1), em.createQuery("select s.version from Submission s where s.port = :port "
                + "and s.reportingYear = :year", Integer.class).setParameter("port", Port.POLA)
                .setParameter("year", year).getResultList(), "no second version");
    }

    /** Three triggers of 2036, two at once: one guard row, one execution; both ports recorded missing. */
    @Test
    void twoTriggersForOneYearStartOneRun() throws Exception {
        int year = 2036;
        Path empty = Files.createTempDirectory("portverify-schedule");
        AnnualRunSchedule schedule = Runs.lookup(BATCH, AnnualRunSchedule.class);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Callable<Optional<Long>> trigger = () -> schedule.trigger(year, empty.toString());
        List<Future<Optional<Long>>> concurrent = threads.invokeAll(List.of(trigger, trigger));
        threads.shutdown();
        Optional<Long> third = schedule.trigger(year, empty.toString());

        List<Long> started = concurrent.stream().map(OperationsIT::get).flatMap(Optional::stream).toList();
        assertEquals(1, started.size(), "one of the two concurrent triggers started the run");
        assertTrue(third.isEmpty(), "the third trigger started nothing");
        long executionId = started.get(0);

        List<ScheduledRun> guards = Runs.lookup(EJB, ScheduledRuns.class).guards(year);
        assertEquals(1, guards.size());
        assertEquals(executionId, guards.get(0).getExecutionId());
        assertEquals("CA-2025.1", guards.get(0).getRulesVersion());
        assertEquals(2, guards.get(0).getMissingSubmissions().size());
        assertTrue(guards.get(0).getMissingSubmissions().get(0).startsWith("PV-4101: No submission from POLA for"
                + " reporting year 2036"), guards.get(0).getMissingSubmissions().toString());
        List<RunSummary> runsOfTheYear = Runs.lookup(BATCH, RunHistory.class).list().stream()
                .filter(r -> Integer.valueOf(year).equals(r.reportingYear())).toList();
        assertEquals(1, runsOfTheYear.size(), "one execution for 2036 in the whole history");

        // Neither port filed 2036: the run records why, then fails where the metrics need a submission (PV-4006).
        assertEquals(BatchStatus.FAILED, Runs.awaitEnd(executionId).getBatchStatus());
        assertEquals(BatchStatus.FAILED.name(), stepStatus(executionId, "compute-metrics"));
        assertEquals(0L, Runs.stepMetrics(executionId, "ingest-records").get("READ_COUNT"));
        VerificationRun run = Runs.lookup(EJB, VerificationRuns.class).run(executionId);
        assertEquals(List.of("POLA", "POLB"), run.getMissingSubmissions().stream()
                .map(m -> m.substring("PV-4101: No submission from ".length(), "PV-4101: No submission from ".length() + 4))
                .toList());
    }

    /**
     * Crash recovery's marking, on the job repository's own tables: an execution made to look as a crash left it
     * (STARTED, with a STARTED step) and created before the cut-off is marked FAILED with PV-4104, its step too.
     */
    @Test
    void anExecutionACrashLeftStartedIsMarkedFailed() throws Exception {
        long executionId = Runs.lookup(EJB, AnnualVerifications.class).start("admin", RunSettings.Request.forYear(2042)
                .withSubmissionsDir(Files.createTempDirectory("portverify-crash").toString()));
        assertEquals(BatchStatus.FAILED, Runs.awaitEnd(executionId).getBatchStatus());
        DataSource repository = (DataSource) new InitialContext().lookup("java:jboss/datasources/PortVerifyBatchDS");
        // JBeret writes the execution's end to the repository just after it shows it ended: wait for that write,
        // so that it does not undo the crash this test fakes.
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"FAILED".equals(repositoryStatus(repository, executionId)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(500);
        try (Connection c = repository.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update JOB_EXECUTION set BATCHSTATUS = 'STARTED', EXITSTATUS = null where JOBEXECUTIONID = "
                    + executionId);
            s.executeUpdate("update STEP_EXECUTION set BATCHSTATUS = 'STARTED' where JOBEXECUTIONID = " + executionId
                    + " and STEPNAME = 'compute-metrics'");
        }
        assertEquals("STARTED", repositoryStatus(repository, executionId), "the crash as the repository shows it");
        List<Long> marked = Runs.lookup(BATCH, CrashRecovery.class)
                .markInterrupted(new Timestamp(System.currentTimeMillis() + 1000));
        assertTrue(marked.contains(executionId), marked.toString());
        try (Connection c = repository.getConnection(); Statement s = c.createStatement();
             ResultSet job = s.executeQuery("select BATCHSTATUS, EXITSTATUS from JOB_EXECUTION where JOBEXECUTIONID = "
                     + executionId)) {
            assertTrue(job.next());
            assertEquals("FAILED", job.getString(1));
            assertEquals("PV-4104: The server stopped while this execution was STARTED; marked FAILED at startup so"
                    + " that it can be restarted from its last checkpoint", job.getString(2));
        }
        try (Connection c = repository.getConnection(); Statement s = c.createStatement();
             ResultSet steps = s.executeQuery("select count(*) from STEP_EXECUTION where JOBEXECUTIONID = "
                     + executionId + " and BATCHSTATUS in ('STARTING', 'STARTED', 'STOPPING')")) {
            assertTrue(steps.next());
            assertEquals(0, steps.getInt(1), "no step left running");
        }
    }

    /**
     * Both demo packages for 2038, five records per chunk; the 7th record fails once (the test deployment's
     * {@link FailOnceRecordValidator} in place of the production validator). The first
     * execution commits one chunk of 5 and fails; the restart skips the completed register step, reads the
     * remaining records from the checkpoint and completes; every record is stored once.
     */
    @Test
    void aRunFailedMidStepRestartsFromItsCheckpoint() throws Exception {
        int year = 2038;
        Path root = packages(year);
        long records = 0;
        for (String port : List.of("POLA", "POLB")) {
            for (String part : List.of("emissions.csv", "throughput.csv", "milestones.csv", "fleet.csv")) {
                records += Files.readAllLines(root.resolve(year + "/" + port + "/" + part)).stream()
                        .filter(l -> !l.isBlank()).count() - 1;
            }
        }
        System.setProperty(FailOnceRecordValidator.PROPERTY, year + ":7");
        long first;
        try {
            first = Runs.lookup(EJB, AnnualVerifications.class).start("admin", RunSettings.Request.forYear(year)
                    .withAsOfDate(BEFORE_AGREEMENT).withSubmissionsDir(root.toString()).withItemCount(5));
            assertEquals(BatchStatus.FAILED, Runs.awaitEnd(first).getBatchStatus());
        } finally {
            System.clearProperty(FailOnceRecordValidator.PROPERTY);
        }
        Map<String, Long> failed = Runs.stepMetrics(first, "ingest-records");
        assertEquals(5L, failed.get("WRITE_COUNT"), "records 1-5 committed in the first chunk: " + failed);
        assertEquals(1L, failed.get("COMMIT_COUNT"), failed.toString());
        assertEquals(1L, failed.get("ROLLBACK_COUNT"), "the chunk of records 6-7 rolled back: " + failed);
        assertEquals(5L, storedRecords(year), "only the committed chunk is stored");

        long second = Runs.lookup(BATCH, JobLauncher.class).restart(first);
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(second).getBatchStatus());
        Map<String, Long> restarted = Runs.stepMetrics(second, "ingest-records");
        assertEquals(records - 5, restarted.get("READ_COUNT"), "read from the checkpoint on: " + restarted);
        assertEquals(records - 5, restarted.get("WRITE_COUNT"), restarted.toString());
        assertEquals(0L, restarted.get("FILTER_COUNT"), restarted.toString());
        assertEquals((records - 5 + 4) / 5, restarted.get("COMMIT_COUNT"), "one commit per chunk of 5");
        assertTrue(BatchRuntime.getJobOperator().getStepExecutions(second).stream()
                .noneMatch(s -> s.getStepName().equals("register-submissions")), "the completed step is skipped");
        assertEquals(records, storedRecords(year), "every record exactly once");

        RunSummary summary = Runs.lookup(BATCH, RunHistory.class).status(second);
        assertNotNull(summary.reportPdfSha256(), "the restarted run rendered its report");
        assertNull(summary.progress(), "no progress once it ended");
        assertEquals(List.of(), summary.missingSubmissions());
        assertEquals("5", summary.parameters().get("itemCount"));
    }

    /**
     * A fresh 2044 run re-verified: the re-run (job reverification: no register, ingest or close step) reads
     * nothing, uses the pinned versions and reproduces every figure
     * and both digests: MATCH. Then one stored tons figure of the original is raised by 1 and a second
     * re-verification finds exactly that difference: MISMATCH.
     */
    @Test
    void reverificationMatchesAFreshRunAndFindsATamperedFigure() throws Exception {
        int year = 2044;
        ReverificationRequests requests = Runs.lookup(EJB, ReverificationRequests.class);
        Reverifications reverifications = Runs.lookup(EJB, Reverifications.class);
        long submissionsBefore = submissions();
        long original = Runs.lookup(EJB, AnnualVerifications.class).start("admin", RunSettings.Request.forYear(year)
                .withAsOfDate(BEFORE_AGREEMENT).withSubmissionsDir(packages(year).toString()));
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(original).getBatchStatus());
        VerificationRun originalRun = Runs.lookup(EJB, VerificationRuns.class).run(original);
        assertEquals(2, originalRun.getSubmissionIds().size());

        assertEquals(submissionsBefore + 2, submissions(), "the original registered both ports' packages");
        Reverification first = requests.request(original, "auditor");
        long rerun = first.getRerunExecutionId();
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(rerun).getBatchStatus());
        Reverification matched = outcome(reverifications, first.getId());
        assertEquals(ReverificationStatus.MATCH, matched.getStatus(), matched.getDifferences().toString());
        assertEquals(List.of(), matched.getDifferences());
        assertNotNull(matched.getCompletedAt());
        assertEquals("PINNED=" + originalRun.getSubmissionIds().get(0) + "+" + originalRun.getSubmissionIds().get(1),
                Runs.stepExitStatus(rerun, "pin-submissions"));
        assertEquals(List.of("pin-submissions", "compute-metrics", "evaluate-compliance", "form-opinions",
                        "render-board-report"),
                BatchRuntime.getJobOperator().getStepExecutions(rerun).stream().map(s -> s.getStepName()).toList(),
                "the re-run registers, ingests and closes nothing");
        assertEquals(submissionsBefore + 2, submissions(), "the re-run registered no version");
        BoardReports reports = Runs.lookup(EJB, BoardReports.class);
        assertEquals(reports.forExecution(original).getPdfSha256(), reports.forExecution(rerun).getPdfSha256(),
                "the same PDF, byte for byte");
        assertEquals(original, reports.latest(year).getExecutionId(), "a re-run never becomes the year's report");
        assertEquals(original, Runs.lookup(BATCH, RunHistory.class).status(rerun).reverifiesExecutionId());

        ReductionMetric tampered = em.createQuery("select m from ReductionMetric m where m.executionId = :id "
                + "and m.category is null and m.dataYear = 2025 order by m.id", ReductionMetric.class)
                .setParameter("id", original).setMaxResults(1).getSingleResult();
        String before = tampered.getTons().stripTrailingZeros().toPlainString();
        String after = tampered.getTons().add(java.math.BigDecimal.ONE).stripTrailingZeros().toPlainString();
        UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        tx.begin();
        assertEquals(1, em.createNativeQuery("update reduction_metric set tons = tons + 1 where id = ?")
                .setParameter(1, tampered.getId()).executeUpdate());
        tx.commit();

        Reverification second = requests.request(original, "auditor");
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(second.getRerunExecutionId()).getBatchStatus());
        Reverification mismatched = outcome(reverifications, second.getId());
        assertEquals(ReverificationStatus.MISMATCH, mismatched.getStatus());
        // The stored report still carries the digest of the untampered figures, which the re-run reproduces:
        // the one difference is the tampered figure itself.
        assertEquals(List.of(new Difference("metric " + FigureComparison.key(tampered) + " tons", after, before)),
                mismatched.getDifferences());
        assertEquals(List.of(second.getId(), first.getId()),
                reverifications.of(original).stream().map(Reverification::getId).toList(), "newest first");
        BoardReport latest = reports.latest(year);
        assertEquals(original, latest.getExecutionId());
    }

    /**
     * A 2046 run whose 1990 GHG references came from the server's system property, re-verified after an
     * administrator changed that property: the re-run computes with the references the original recorded, never
     * with today's, so every stored figure (the GHG goals' margins included) matches.
     */
    @Test
    void aReverificationUsesTheSettingsTheOriginalRecordedNotTheServersOfToday() throws Exception {
        int year = 2046;
        String property = "portverify.ghg.reference1990";
        String configured = System.getProperty(property);
        try {
            System.setProperty(property, "POLA:1000000,POLB:1500000");
            long original = Runs.lookup(EJB, AnnualVerifications.class).start("admin", RunSettings.Request.forYear(year)
                    .withAsOfDate(BEFORE_AGREEMENT).withSubmissionsDir(packages(year).toString()));
            assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(original).getBatchStatus());
            RunSettings recorded = Runs.lookup(EJB, VerificationRuns.class).run(original).settings();
            assertEquals(new RunSettings.GhgReferenceText("POLA:1000000,POLB:1500000",
                    "system property " + property), recorded.ghgReference());

            System.setProperty(property, "POLA:2000000,POLB:3000000");
            Reverification requested = Runs.lookup(EJB, ReverificationRequests.class).request(original, "auditor");
            long rerun = requested.getRerunExecutionId();
            assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(rerun).getBatchStatus());
            Reverification outcome = outcome(Runs.lookup(EJB, Reverifications.class), requested.getId());
            assertEquals(ReverificationStatus.MATCH, outcome.getStatus(), outcome.getDifferences().toString());
            RunSettings rerunSettings = Runs.lookup(EJB, VerificationRuns.class).run(rerun).settings();
            assertEquals(recorded.ghgReference(), rerunSettings.ghgReference());
            assertEquals(recorded.trendWindow(), rerunSettings.trendWindow());
            assertEquals(recorded.asOfDate(), rerunSettings.asOfDate());
            assertEquals(original, rerunSettings.reverifying().originalExecutionId());
        } finally {
            if (configured == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, configured);
            }
        }
    }

    private long submissions() {
        return em.createQuery("select count(s) from Submission s", Long.class).getSingleResult();
    }

    private static String repositoryStatus(DataSource repository, long executionId) throws Exception {
        try (Connection c = repository.getConnection(); Statement s = c.createStatement();
             ResultSet job = s.executeQuery("select BATCHSTATUS from JOB_EXECUTION where JOBEXECUTIONID = "
                     + executionId)) {
            return job.next() ? job.getString(1) : null;
        }
    }

    /** The re-verification once the job listener has recorded its outcome (it may commit just after the job ends). */
    private static Reverification outcome(Reverifications reverifications, long id) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Reverification reverification = reverifications.find(id);
            if (reverification.getStatus() != ReverificationStatus.RUNNING) {
                return reverification;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("re-verification " + id + " never left RUNNING");
    }

    private static Optional<Long> get(Future<Optional<Long>> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String stepStatus(long executionId, String stepName) {
        return BatchRuntime.getJobOperator().getStepExecutions(executionId).stream()
                .filter(s -> s.getStepName().equals(stepName)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + stepName)).getBatchStatus().name();
    }

    /** Both demo packages refiled for {@code year} in a fresh submissions folder. */
    private static Path packages(int year) throws Exception {
        Path root = Files.createTempDirectory("portverify-operations");
        for (String port : List.of("POLA", "POLB")) {
            Path folder = Files.createDirectories(root.resolve(year + "/" + port));
            for (Map.Entry<String, String> file : Packages.forYear(Packages.demo(port), port, year).entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue());
            }
        }
        return root;
    }

    /** Every record stored for the year's submissions: figures, TEU, milestones and fleet rows. */
    private long storedRecords(int year) {
        List<Long> ids = em.createQuery("select s.id from Submission s where s.reportingYear = :year", Long.class)
                .setParameter("year", year).getResultList();
        long stored = 0;
        for (String entity : List.of("InventoryFigure", "Throughput", "Milestone", "FleetFigure")) {
            stored += em.createQuery("select count(x) from " + entity + " x where x.submissionId in :ids", Long.class)
                    .setParameter("ids", ids).getSingleResult();
        }
        return stored;
    }
}
