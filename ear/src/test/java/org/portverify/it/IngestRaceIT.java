package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portverify.application.AnnualVerifications;
import org.portverify.application.ErrorTolerances;
import org.portverify.application.RegistrationOutcome;
import org.portverify.application.SubmissionIntake;
import org.portverify.domain.model.Port;
import org.portverify.domain.run.RunSettings;
import org.portverify.infrastructure.files.PackageStore;
import org.portverify.it.batch.FailOnceRecordValidator;

import jakarta.inject.Inject;

/**
 * One ingest per version (issue 13). An upload's ingest fails mid-step on the server's side (the test switch,
 * PV-4149); then, at the same moment, the port uploads the same bytes again and an administrator restarts the failed
 * execution: exactly one of them continues the version's ingest, and the version ends as an uninterrupted upload of
 * the same package does (reporting year 2070, the reference 2072). The annual run never takes a version whose ingest
 * is claimed (2080).
 */
@ExtendWith(ArquillianExtension.class)
class IngestRaceIT {

    private static final int YEAR = 2070;
    private static final int REFERENCE_YEAR = 2072;
    private static final int UNCLAIMED_YEAR = 2080;
    private static final String BAD_LINE = "2010,OGV,,DPM,not-a-number,short_tons\n";

    @ArquillianResource
    private URL base;

    @Inject
    private PackageStore store;

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withBatchArtifacts(Deployments.ear(IngestRaceIT.class, Packages.class),
                FailOnceRecordValidator.class);
    }

    @Test
    void aReuploadAndARestartOfAFailedIngestContinueItOnce() throws Exception {
        // 1,502 refused lines in all: tolerated, so that the version is accepted and its records compared.
        ErrorTolerances tolerances = Runs.lookup("portverify-ejb", ErrorTolerances.class);
        tolerances.set(YEAR, "5000", "admin");
        tolerances.set(REFERENCE_YEAR, "5000", "admin");
        JsonObject reference = json(Http.upload(Http.User.POLA, submissions(REFERENCE_YEAR), "pola.zip",
                zip(REFERENCE_YEAR), Map.of()), 202);
        long referenceExecution = reference.getJsonNumber("executionId").longValue();
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(referenceExecution).getBatchStatus());
        List<String> expected = dump(reference.getJsonNumber("submissionId").longValue(), REFERENCE_YEAR);

        byte[] zip = zip(YEAR);
        JsonObject first;
        // The 1,250th record fails: the first chunk of 1,000 is stored, the second rolls back.
        System.setProperty(FailOnceRecordValidator.PROPERTY, YEAR + ":1250");
        try {
            first = json(Http.upload(Http.User.POLA, submissions(YEAR), "pola.zip", zip, Map.of()), 202);
            assertEquals(BatchStatus.FAILED, Runs.awaitEnd(first.getJsonNumber("executionId").longValue())
                    .getBatchStatus());
        } finally {
            System.clearProperty(FailOnceRecordValidator.PROPERTY);
        }
        long failed = first.getJsonNumber("executionId").longValue();
        long version = first.getJsonNumber("submissionId").longValue();
        assertEquals("RECEIVED", status(version), "a server failure leaves the version to be continued");
        // Records 1-1,000 are emissions.csv lines 2-1,001: the demo's 400 figures, lines 51 and 301 and the first 598
        // appended lines refused. What the committed chunk stored is kept.
        assertEquals(400L, count("inventory_figure", version));
        assertEquals(600L, count("rejected_record", version));

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Callable<HttpResponse<String>> reupload = () -> {
            go.await();
            return Http.upload(Http.User.POLA, submissions(YEAR), "pola.zip", zip, Map.of());
        };
        Callable<HttpResponse<String>> restart = () -> {
            go.await();
            return Http.post(Http.User.ADMIN, Http.api(base) + "/runs/" + failed + "/restart");
        };
        Future<HttpResponse<String>> uploaded = threads.submit(reupload);
        Future<HttpResponse<String>> restarted = threads.submit(restart);
        go.countDown();
        HttpResponse<String> uploadAnswer = uploaded.get();
        HttpResponse<String> restartAnswer = restarted.get();
        threads.shutdown();

        java.util.logging.Logger.getLogger(IngestRaceIT.class.getName()).info(() -> "The race: upload "
                + uploadAnswer.statusCode() + " " + uploadAnswer.body() + " / restart " + restartAnswer.statusCode()
                + " " + restartAnswer.body());
        JsonObject again = json(uploadAnswer, 202);
        assertEquals(version, again.getJsonNumber("submissionId").longValue(), "the same version, no new one");
        List<Long> started = new ArrayList<>();
        if (again.getString("outcome").equals("RESUMED")) {
            started.add(again.getJsonNumber("executionId").longValue());
        } else {
            assertEquals("IN_PROGRESS", again.getString("outcome"), uploadAnswer.body());
        }
        if (restartAnswer.statusCode() == 202) {
            started.add(json(restartAnswer, 202).getJsonNumber("executionId").longValue());
        } else {
            assertEquals("PV-4109", json(restartAnswer, 409).getString("code"), restartAnswer.body());
        }
        assertEquals(1, started.size(), "one of them continues the ingest: " + uploadAnswer.body() + " / "
                + restartAnswer.body());
        long continued = started.get(0);
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(continued).getBatchStatus());

        JobOperator operator = BatchRuntime.getJobOperator();
        List<Long> executions = operator.getJobExecutions(operator.getJobInstance(failed)).stream()
                .map(JobExecution::getExecutionId).sorted().toList();
        assertEquals(List.of(failed, continued), executions, "the failed execution's restart, and nothing else");
        assertEquals(List.of(1), em.createQuery("select s.version from Submission s where s.port = :port and "
                + "s.reportingYear = :year", Integer.class).setParameter("port", Port.POLA)
                .setParameter("year", YEAR).getResultList(), "no second version");
        assertEquals(expected, dump(version, YEAR), "every record once, the same outcome and findings");

        JsonArray runs = Json.createReader(new StringReader(Http.get(Http.User.ADMIN, Http.api(base) + "/runs")
                .body())).readArray();
        JsonObject listed = runs.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("executionId").longValue() == failed).findFirst()
                .orElseThrow(() -> new AssertionError("the failed ingest is not listed"));
        assertEquals("ingest-submission", listed.getString("jobName"));
        assertEquals("FAILED", listed.getString("status"));
        JsonObject submission = listed.getJsonObject("submission");
        assertEquals(version, submission.getJsonNumber("id").longValue());
        assertEquals("POLA", submission.getString("port"));
        assertEquals(YEAR, submission.getInt("reportingYear"));
        assertEquals(1, submission.getInt("version"));
        assertEquals(status(version), submission.getString("status"));
    }

    /** A version whose ingest is claimed (registered by an upload, its job not yet running) is not the run's. */
    @Test
    void theAnnualRunLeavesAVersionWhoseIngestIsClaimed() throws Exception {
        SubmissionIntake intake = Runs.lookup("portverify-ejb", SubmissionIntake.class);
        RegistrationOutcome outcome = intake.upload(Port.POLA, UNCLAIMED_YEAR,
                store.store(new java.io.ByteArrayInputStream(zip(UNCLAIMED_YEAR))), "pola.zip", "pola");
        assertEquals(RegistrationOutcome.Kind.NEW_VERSION, outcome.kind(), outcome.message());

        long run = Runs.lookup("portverify-ejb", AnnualVerifications.class).start("admin", RunSettings.Request
                .forYear(UNCLAIMED_YEAR).withSubmissionsDir(Files.createTempDirectory("portverify-claim").toString()));
        Runs.awaitEnd(run);
        assertEquals("POLA=MISSING,POLB=MISSING", Runs.stepExitStatus(run, "register-submissions"));
        assertEquals(0L, Runs.stepMetrics(run, "ingest-records").get("READ_COUNT"), "nothing of the claimed version");
        assertNull(em.createQuery("select s.ingestExecutionId from Submission s where s.id = :id", Long.class)
                .setParameter("id", outcome.submissionId()).getSingleResult());
        assertEquals("RECEIVED", status(outcome.submissionId()));
    }

    private String submissions(int year) {
        return Http.api(base) + "/submissions/POLA/" + year;
    }

    /** The demo package of POLA for {@code year}: lines 51 and 301 of emissions.csv refused, and 1,500 more after. */
    private static byte[] zip(int year) {
        return Packages.zip(Packages.with(Packages.forYear(Packages.demo("POLA"), "POLA", year), "emissions.csv",
                text -> {
                    List<String> lines = new ArrayList<>(text.lines().map(l -> l + "\n").toList());
                    lines.add(300, BAD_LINE);
                    lines.add(50, BAD_LINE);
                    return String.join("", lines) + BAD_LINE.repeat(1_500);
                }));
    }

    private static JsonObject json(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private String status(long submissionId) {
        return em.createQuery("select s.status from Submission s where s.id = :id", Object.class)
                .setParameter("id", submissionId).getSingleResult().toString();
    }

    private long count(String table, long submissionId) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where submission_id = ?1")
                .setParameter(1, submissionId).getSingleResult()).longValue();
    }

    /** What a version holds, without ids or times: status, every stored line, every refusal and finding. */
    private List<String> dump(long submissionId, int year) {
        List<String> dump = new ArrayList<>();
        dump.add("status " + status(submissionId));
        rows(dump, "emissions", "select source_line, data_year, category, sub_category, pollutant, amount, unit "
                + "from inventory_figure where submission_id = ?1 order by source_line", submissionId);
        rows(dump, "throughput", "select source_line, data_year, teu from throughput where submission_id = ?1 "
                + "order by source_line", submissionId);
        rows(dump, "milestones", "select source_line, milestone_id, status from milestone where submission_id = ?1 "
                + "order by source_line", submissionId);
        rows(dump, "fleet", "select source_line, data_year, category, ze_units, total_units from fleet_figure "
                + "where submission_id = ?1 order by source_line", submissionId);
        rows(dump, "refused", "select file_name, line_number, field, code, reason, raw_line from rejected_record "
                + "where submission_id = ?1 order by file_name, line_number, code", submissionId);
        rows(dump, "finding", "select severity, code, file_name, line_number, field, message from validation_finding "
                + "where submission_id = ?1 order by severity, file_name, line_number, code", submissionId);
        assertTrue(dump.size() > 400, "a whole package: " + dump.size());
        return dump.stream().map(line -> line.replace(String.valueOf(year), "<year>")).toList();
    }

    @SuppressWarnings("unchecked")
    private void rows(List<String> dump, String what, String sql, long submissionId) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, submissionId).getResultList();
        dump.add(what + " " + rows.size());
        for (Object[] row : rows) {
            StringBuilder line = new StringBuilder(what);
            for (Object value : row) {
                line.append('|').append(value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                        : String.valueOf(value));
            }
            dump.add(line.toString());
        }
        assertNotNull(rows);
    }
}
