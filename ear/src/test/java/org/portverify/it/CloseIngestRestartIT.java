package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portverify.application.RegistrationOutcome;
import org.portverify.application.SubmissionIngests;
import org.portverify.application.SubmissionIntake;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.ClosePhase;
import org.portverify.domain.submission.SubmissionStatus;
import org.portverify.infrastructure.files.PackageStore;
import org.portverify.interfaces.batch.JobLauncher;
import org.portverify.it.batch.FailOnceCloseIngest;

/**
 * A close-ingest step that fails between two of its phases (reporting year 2076, used by no other test; nor 2075,
 * so nothing to restate): the version stays RECEIVED with the phase it reached, and restarting the job finishes the
 * close from there, with every record once and the same outcome and findings as a close never interrupted
 * ({@link FailOnceCloseIngest} in place of the production batchlet).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CloseIngestRestartIT {

    private static final int YEAR = 2076;
    private static final int REPEATED_EMISSIONS = 30;

    @Inject
    private PackageStore store;

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withBatchArtifacts(Deployments.ear(CloseIngestRestartIT.class, Packages.class),
                FailOnceCloseIngest.class);
    }

    @Test
    @Order(1)
    void aCloseFailedAfterItsChecksResumesAndEndsAsAnUninterruptedOne() throws Exception {
        // The same records for both ports: POLB's close runs through, POLA's fails once after CHECKED.
        long reference = ingest(Port.POLB, withDuplicates("POLB"));
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(reference).getBatchStatus());

        System.setProperty(FailOnceCloseIngest.PROPERTY, YEAR + ":1");
        long first;
        try {
            first = ingest(Port.POLA, withDuplicates("POLA"));
            assertEquals(BatchStatus.FAILED, Runs.awaitEnd(first).getBatchStatus());
        } finally {
            System.clearProperty(FailOnceCloseIngest.PROPERTY);
        }
        long pola = submissionId(Port.POLA, 1);
        assertEquals(SubmissionStatus.RECEIVED, status(pola), "a failed close leaves the version to its restart");
        assertEquals(ClosePhase.CHECKED, phase(pola));
        assertEquals(REPEATED_EMISSIONS + 1L, count("RejectedRecord", pola) - refusedByRecordRules(pola),
                "the checks are stored: 30 repeated emission lines and 1 repeated TEU line");

        long second = ingests().restart(first);
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(second).getBatchStatus());
        assertEquals("POLA v1=ACCEPTED_WITH_WARNINGS", Runs.stepExitStatus(second, "close-ingest"));
        assertEquals(Runs.stepMetrics(reference, "ingest-records").get("READ_COUNT"),
                Runs.stepMetrics(first, "ingest-records").get("READ_COUNT"), "read once, by the first execution");
        long polb = submissionId(Port.POLB, 1);
        assertEquals(status(polb), status(pola));
        assertEquals(SubmissionStatus.ACCEPTED_WITH_WARNINGS, status(pola));
        assertEquals(ClosePhase.DECIDED, phase(pola));
        assertEquals(dump(polb), dump(pola), "every record once, the same refusals and findings");
        assertTrue(count("InventoryFigure", pola) > 0);
    }

    @Test
    @Order(2)
    void aRejectedVersionsWithdrawalResumesInItsMiddle() throws Exception {
        // 1,100 repeated emission lines and 1 TEU line: over the default tolerance of 1,000, so rejected with 1,001
        // refused records kept in all.
        Map<String, String> files = Packages.with(withDuplicates("POLA"), "emissions.csv",
                text -> text + repeatedLines(text, 1_100 - REPEATED_EMISSIONS));
        // Step 1 is CHECKED, step 2 withdraws emissions.csv; the failure comes before throughput.csv's window.
        System.setProperty(FailOnceCloseIngest.PROPERTY, YEAR + ":2");
        long first;
        try {
            first = ingest(Port.POLA, files);
            assertEquals(BatchStatus.FAILED, Runs.awaitEnd(first).getBatchStatus());
        } finally {
            System.clearProperty(FailOnceCloseIngest.PROPERTY);
        }
        long rejected = submissionId(Port.POLA, 2);
        assertEquals(SubmissionStatus.RECEIVED, status(rejected));
        assertEquals(ClosePhase.CHECKED, phase(rejected));
        assertEquals(0L, count("InventoryFigure", rejected), "emissions.csv withdrawn in the first window");
        assertTrue(count("Throughput", rejected) > 0, "throughput.csv not yet");

        long second = ingests().restart(first);
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(second).getBatchStatus());
        assertEquals("POLA v2=REJECTED", Runs.stepExitStatus(second, "close-ingest"));
        assertEquals(SubmissionStatus.REJECTED, status(rejected));
        for (String entity : List.of("InventoryFigure", "Throughput", "Milestone", "FleetFigure")) {
            assertEquals(0L, count(entity, rejected), entity + " withdrawn");
        }
        assertEquals(1_001L, count("RejectedRecord", rejected), "tolerance + 1 refused records in all");
        assertEquals(List.of("PV-1061"), em.createQuery("select w.code from ValidationFinding w "
                + "where w.submissionId = :id and w.code = 'PV-1061'", String.class)
                .setParameter("id", rejected).getResultList(), "PV-1061 once");
        assertEquals(SubmissionStatus.ACCEPTED_WITH_WARNINGS, status(submissionId(Port.POLA, 1)),
                "the accepted version stays");
    }

    /** The demo package of {@code port} for 2076 with 30 emission lines and one TEU line repeated at the end. */
    private static Map<String, String> withDuplicates(String port) {
        Map<String, String> files = Packages.forYear(Packages.demo("POLA"), "POLA", YEAR);
        files = Packages.with(files, "manifest.csv", text -> text.replace("\nPOLA," + YEAR + ",",
                "\n" + port + "," + YEAR + ","));
        files = Packages.with(files, "emissions.csv", text -> text + repeatedLines(text, REPEATED_EMISSIONS));
        return Packages.with(files, "throughput.csv", text -> text + repeatedLines(text, 1));
    }

    /** The first {@code count} data lines of a file's text, again (cycling when it has fewer). */
    private static String repeatedLines(String text, int count) {
        List<String> lines = text.lines().skip(1).filter(l -> !l.isBlank()).toList();
        StringBuilder repeated = new StringBuilder();
        for (int i = 0; i < count; i++) {
            repeated.append(lines.get(i % lines.size())).append('\n');
        }
        return repeated.toString();
    }

    private long ingest(Port port, Map<String, String> files) throws Exception {
        SubmissionIntake intake = Runs.lookup("portverify-ejb", SubmissionIntake.class);
        RegistrationOutcome outcome = intake.upload(port, YEAR,
                store.store(new ByteArrayInputStream(Packages.zip(files))), "restart.zip", "test");
        assertEquals(RegistrationOutcome.Kind.NEW_VERSION, outcome.kind(), outcome.message());
        return launcher().startIngest(outcome.submissionId(), 100);
    }

    /** What a version holds, without ids or times: records by line, refusals, findings, status. */
    private List<String> dump(long submissionId) {
        List<String> dump = new ArrayList<>();
        em.createQuery("select f.sourceLine, f.dataYear, f.category, f.subCategory, f.pollutant, f.value, f.unit "
                + "from InventoryFigure f where f.submissionId = :id order by f.sourceLine", Object[].class)
                .setParameter("id", submissionId).getResultList().forEach(r -> dump.add("emissions " + row(r)));
        em.createQuery("select t.sourceLine, t.dataYear, t.teu from Throughput t where t.submissionId = :id "
                + "order by t.sourceLine", Object[].class)
                .setParameter("id", submissionId).getResultList().forEach(r -> dump.add("throughput " + row(r)));
        em.createQuery("select m.sourceLine, m.milestoneId from Milestone m where m.submissionId = :id "
                + "order by m.sourceLine", Object[].class)
                .setParameter("id", submissionId).getResultList().forEach(r -> dump.add("milestone " + row(r)));
        em.createQuery("select f.sourceLine, f.dataYear, f.category from FleetFigure f where f.submissionId = :id "
                + "order by f.sourceLine", Object[].class)
                .setParameter("id", submissionId).getResultList().forEach(r -> dump.add("fleet " + row(r)));
        em.createQuery("select r.fileName, r.lineNumber, r.code, r.field, r.message, r.rawLine from RejectedRecord r "
                + "where r.submissionId = :id order by r.fileName, r.lineNumber, r.code", Object[].class)
                .setParameter("id", submissionId).getResultList().forEach(r -> dump.add("refused " + row(r)));
        em.createQuery("select w.severity, w.fileName, w.lineNumber, w.code, w.field, w.message "
                + "from ValidationFinding w where w.submissionId = :id "
                + "order by w.fileName, w.lineNumber, w.code, w.message", Object[].class)
                .setParameter("id", submissionId).getResultList().forEach(r -> dump.add("finding " + row(r)));
        dump.add("status " + status(submissionId));
        return dump;
    }

    private static String row(Object[] values) {
        List<String> texts = new ArrayList<>();
        for (Object value : values) {
            texts.add(value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(value));
        }
        return String.join("|", texts);
    }

    private long refusedByRecordRules(long submissionId) {
        return em.createQuery("select count(r) from RejectedRecord r where r.submissionId = :id "
                + "and r.code not in ('PV-1210', 'PV-1310', 'PV-1420', 'PV-1510')", Long.class)
                .setParameter("id", submissionId).getSingleResult();
    }

    private long count(String entity, long submissionId) {
        return em.createQuery("select count(e) from " + entity + " e where e.submissionId = :id", Long.class)
                .setParameter("id", submissionId).getSingleResult();
    }

    private long submissionId(Port port, int version) {
        return em.createQuery("select s.id from Submission s where s.port = :port and s.reportingYear = :year "
                + "and s.version = :version", Long.class).setParameter("port", port).setParameter("year", YEAR)
                .setParameter("version", version).getSingleResult();
    }

    private SubmissionStatus status(long submissionId) {
        return em.createQuery("select s.status from Submission s where s.id = :id", SubmissionStatus.class)
                .setParameter("id", submissionId).getSingleResult();
    }

    private ClosePhase phase(long submissionId) {
        return em.createQuery("select s.closePhase from Submission s where s.id = :id", ClosePhase.class)
                .setParameter("id", submissionId).getSingleResult();
    }

    /** The launcher lives in the batch module, beside the job XML. */
    private static JobLauncher launcher() {
        return Runs.lookup("portverify-batch-jobs", JobLauncher.class);
    }

    /** The documented restart of an ingest: it claims the interrupted version first (one ingest per version). */
    private static SubmissionIngests ingests() {
        return Runs.lookup("portverify-ejb", SubmissionIngests.class);
    }
}
