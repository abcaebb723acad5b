package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portverify.domain.run.RunSettings;
import org.portverify.application.AnnualVerifications;
import org.portverify.application.BoardReports;
import org.portverify.application.VerificationRuns;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.submission.RejectedRecord;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionStatus;

/**
 * A package with three broken records (ear/src/test/resources/submissions/2022/POLA): each is skipped, kept with its
 * line, field, code and raw text, and everything else is ingested and used. The only test class using year 2022 (no package of 2021 exists, so no restated-baseline warning).
 */
@ExtendWith(ArquillianExtension.class)
class RejectedRecordsIT {

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(RejectedRecordsIT.class);
    }

    @Test
    void brokenRecordsAreSkippedWithTheirReasonAndTheRestIsIngested() throws Exception {
        long executionId = Runs.lookup("portverify-ejb", AnnualVerifications.class).start("admin", RunSettings.Request
                .forYear(2022).withAsOfDate("2023-06-30")
                .withSubmissionsDir(System.getProperty("portverify.test.submissions.dir")));
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(executionId).getBatchStatus());

        assertEquals("POLA=NEW_VERSION,POLB=MISSING", Runs.stepExitStatus(executionId, "register-submissions"));
        Map<String, Long> ingest = Runs.stepMetrics(executionId, "ingest-records");
        // emissions.csv: 10 records, 2 broken; throughput.csv: 3 records, 1 broken.
        assertEquals(13L, ingest.get("READ_COUNT"));
        assertEquals(3L, ingest.get("FILTER_COUNT"));
        assertEquals(10L, ingest.get("WRITE_COUNT"));
        assertEquals(1L, ingest.get("COMMIT_COUNT"));

        List<Submission> inputs = Runs.lookup("portverify-ejb", VerificationRuns.class).inputs(executionId);
        assertEquals(1, inputs.size());
        Submission submission = inputs.get(0);
        assertEquals(SubmissionStatus.ACCEPTED_WITH_WARNINGS, submission.getStatus());
        long id = submission.getId();
        assertEquals(8L, count("select count(f) from InventoryFigure f where f.submissionId = " + id));
        assertEquals(2L, count("select count(t) from Throughput t where t.submissionId = " + id));

        List<RejectedRecord> rejected = em.createQuery("select r from RejectedRecord r where r.submissionId = :id "
                + "order by r.fileName, r.lineNumber", RejectedRecord.class).setParameter("id", id).getResultList();
        assertEquals(3, rejected.size());
        assertRejected(rejected.get(0), "emissions.csv", 7, "value", "PV-1204", "2022,HDV,,NOx,-12,short_tons");
        assertRejected(rejected.get(1), "emissions.csv", 9, "pollutant", "PV-1202", "2022,OGV,,NO2,10,short_tons");
        assertRejected(rejected.get(2), "throughput.csv", 3, "teu", "PV-1301", "2022,ten million");
        assertTrue(rejected.get(1).finding().message().startsWith("Unknown pollutant 'NO2'"),
                rejected.get(1).finding().message());
        assertEquals("-12", rejected.get(0).finding().value());
        assertEquals("NO2", rejected.get(1).finding().value());
        assertEquals("ten million", rejected.get(2).finding().value());

        // Accepted records only: DPM 900 -> 90 (-90%); per 10,000 TEU 1.2 -> 0.0857142857 (-93%).
        // NOx 16,000 -> 4,000 (-75%); per 10,000 TEU 1 - 0.25 / 1.4 = 0.8214 (-82%).
        List<ReductionMetric> metrics = Runs.lookup("portverify-ejb", VerificationRuns.class).metrics(executionId);
        assertChange(metrics, Pollutant.DPM, "-90%", "-93%");
        assertChange(metrics, Pollutant.NOX, "-75%", "-82%");
        assertTrue(metrics.stream().noneMatch(m -> m.getScope() == Scope.SAN_PEDRO_BAY),
                "one port alone makes no San Pedro Bay total");

        String text = PdfText.of(
                Runs.lookup("portverify-ejb", BoardReports.class).forExecution(executionId).getPdf());
        assertTrue(text.contains("PV-1202"), text);
        assertTrue(text.contains("PV-1204"), text);
        assertTrue(text.contains("PV-1301"), text);
        // As of 2023-06-30 the Cooperative Agreement (2025-11-07) was not yet in force: nothing to evaluate.
        assertEquals("DEFAULTS_CHARGED=0", Runs.stepExitStatus(executionId, "evaluate-compliance"));
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private static void assertRejected(RejectedRecord record, String file, long line, String field, String code,
                                       String raw) {
        assertEquals(file, record.finding().fileName());
        assertEquals(line, record.finding().line());
        assertEquals(field, record.finding().field());
        assertEquals(code, record.finding().code().code());
        assertEquals(raw, record.finding().rawLine());
    }

    private static void assertChange(List<ReductionMetric> metrics, Pollutant pollutant, String change,
                                     String perTeu) {
        ReductionMetric metric = metrics.stream()
                .filter(m -> m.getScope() == Scope.POLA && m.getCategory() == null && m.getPollutant() == pollutant
                        && m.getDataYear() == 2022)
                .findFirst().orElseThrow();
        assertEquals(change, metric.displayChange());
        assertEquals(perTeu, metric.displayEfficiencyChange());
    }
}
