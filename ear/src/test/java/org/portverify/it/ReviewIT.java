package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.batch.runtime.BatchStatus;
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

import org.portverify.domain.run.VerificationRun;

/**
 * The whole cycle of a certified submission (reporting year 2089, used by no other test; 2088 has no accepted
 * version to compare with): the preparer uploads, the official certifies, a reviewer takes it up, comments on a
 * finding and returns it with a due date, the port answers and resubmits, the reviewer accepts the new version, and
 * the annual run uses exactly that version. Before that, neither the uncertified draft nor the returned version feeds
 * a run.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {

    private static final int YEAR = 2089;

    @ArquillianResource
    private URL base;

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ReviewIT.class, Packages.class);
    }

    @Test
    void certifiedReturnedResubmittedAcceptedAndOnlyTheAcceptedVersionIsRun() throws Exception {
        String versions = api("/submissions/POLA/" + YEAR);
        JsonObject first = upload("first");
        long firstId = first.getJsonNumber("submissionId").longValue();
        assertEquals("DRAFT", version(1).getString("reviewState"));
        assertEquals("PORT_CERTIFICATION", awaiting(Http.User.POLA).getJsonObject(0).getString("awaits"));
        assertEquals("PV-4308", object(Http.post(Http.User.REVIEWER, versions + "/1/review"), 409).getString("code"),
                "a draft cannot be reviewed");
        assertEquals(List.of(), pinnedBy(run(BatchStatus.FAILED)), "an uncertified draft is never used by a run");

        certify(1);
        assertEquals("REVIEW", awaiting(Http.User.REVIEWER).getJsonObject(0).getString("awaits"));
        assertEquals(403, Http.post(Http.User.POLA, versions + "/1/review").statusCode(), "the port does not review");
        assertEquals(403, Http.post(Http.User.ADMIN, versions + "/1/review").statusCode());
        assertEquals("PV-4308", object(Http.post(Http.User.REVIEWER, versions + "/1/review/acceptance"), 409)
                .getString("code"), "accepting needs the review taken up");
        JsonObject taken = object(Http.post(Http.User.REVIEWER, versions + "/1/review"), 200);
        assertEquals("IN_REVIEW", taken.getString("reviewState"));
        assertEquals("reviewer", taken.getString("reviewedBy"));

        JsonObject onFinding = object(Http.postJson(Http.User.REVIEWER, versions + "/1/review/comments",
                "{\"comment\":\"Line 4: the 2005 baseline differs from last year's\",\"file\":\"emissions.csv\","
                        + "\"line\":4,\"code\":\"PV-1311\"}"), 201);
        assertEquals("REGULATOR", onFinding.getString("side"));
        assertEquals(4, onFinding.getInt("line"));
        assertEquals("PV-4310", object(Http.postJson(Http.User.REVIEWER, versions + "/1/review/comments",
                "{\"comment\":\"x\",\"line\":4}"), 400).getString("code"), "a line needs its file");
        LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
        assertEquals("PV-4309", object(Http.postJson(Http.User.REVIEWER, versions + "/1/review/return",
                "{\"comment\":\"Fix it\",\"replyDue\":\"" + today + "\"}"), 400).getString("code"), "due today");
        LocalDate due = today.plusDays(30);
        JsonObject returned = object(Http.postJson(Http.User.REVIEWER, versions + "/1/review/return",
                "{\"comment\":\"Please restate the 2005 baseline or explain it.\",\"replyDue\":\"" + due + "\"}"),
                200);
        assertEquals("RETURNED", returned.getString("reviewState"));
        assertEquals(due.toString(), returned.getString("replyDue"));
        JsonObject awaitsPort = awaiting(Http.User.POLA_OFFICIAL).getJsonObject(0);
        assertEquals("PORT_REPLY", awaitsPort.getString("awaits"));
        assertEquals("awaiting the port's reply, due " + due, awaitsPort.getString("summary"));
        assertEquals(403, Http.get(Http.User.POLB, api("/submissions/POLA/" + YEAR + "/1/review/comments"))
                .statusCode(), "the other port reads none of it");
        assertEquals(0, awaiting(Http.User.POLB).size(), "nor sees it waiting");
        JsonObject answer = object(Http.postJson(Http.User.POLA, versions + "/1/review/comments",
                "{\"comment\":\"The baseline was restated in 2024; version 2 carries it.\"}"), 201);
        assertEquals("PORT", answer.getString("side"));
        List<String> conversation = array(Http.get(Http.User.AUDITOR, versions + "/1/review/comments"), 200)
                .stream().map(c -> c.asJsonObject().getString("author") + ": " + c.asJsonObject().getString("side"))
                .toList();
        assertEquals(List.of("reviewer: REGULATOR", "reviewer: REGULATOR", "pola: PORT"), conversation);
        assertEquals(List.of(), pinnedBy(run(BatchStatus.FAILED)), "a returned version is never used by a run");

        JsonObject second = upload("second");
        long secondId = second.getJsonNumber("submissionId").longValue();
        assertEquals("SUPERSEDED", version(1).getString("status"), "the resubmission supersedes the returned one");
        assertEquals("RETURNED", version(1).getString("reviewState"), "what the review said of it stays");
        certify(2);
        object(Http.post(Http.User.REVIEWER, versions + "/2/review"), 200);
        JsonObject accepted = object(Http.post(Http.User.REVIEWER, versions + "/2/review/acceptance"), 200);
        assertEquals("ACCEPTED", accepted.getString("reviewState"));
        assertEquals(0, awaiting(Http.User.REVIEWER).size(), "nothing waits any more");

        long run = run(BatchStatus.COMPLETED);
        assertEquals(List.of(secondId), pinnedBy(run), "exactly the accepted version");
        String pdf = PdfText.of(Http.getBytes(Http.User.BOARD, api("/reports/runs/" + run + "/board.pdf")).body())
                .replaceAll("\\s+", " ");
        assertTrue(pdf.contains("ZIP upload by pola, certified and accepted by reviewer"), pdf);
        assertTrue(pdf.contains(second.getString("packageSha256")), "the accepted version's digest");
        assertTrue(secondId != firstId);
        List<String> actions = Json.createReader(new StringReader(Http.get(Http.User.AUDITOR,
                api("/audit?limit=1000")).body())).readArray().stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("objectType").equals("submission")
                        && (e.getString("objectId").equals(String.valueOf(firstId))
                        || e.getString("objectId").equals(String.valueOf(secondId))))
                .map(e -> e.getString("action") + " " + e.getString("actor")).toList();
        assertEquals(List.of("SUBMISSION_ACCEPTED reviewer", "REVIEW_STARTED reviewer",
                "SUBMISSION_CERTIFIED pola-official", "SUBMISSION_DECIDED system", "SUBMISSION_UPLOADED pola",
                "REVIEW_COMMENTED pola", "SUBMISSION_RETURNED reviewer", "REVIEW_COMMENTED reviewer",
                "REVIEW_STARTED reviewer", "SUBMISSION_CERTIFIED pola-official", "SUBMISSION_DECIDED system",
                "SUBMISSION_UPLOADED pola"), actions, "newest first, every step on the audit trail");
        JsonObject chain = object(Http.get(Http.User.AUDITOR, api("/audit/verification")), 200);
        assertTrue(chain.getBoolean("intact"), "the chain verifies after the cycle: " + chain);
    }

    private JsonObject upload(String note) throws Exception {
        byte[] zip = Packages.zip(Packages.with(Packages.forYear(Packages.demo("POLA"), "POLA", YEAR),
                "manifest.csv", m -> m.replace("not official figures", "not official figures, " + note + " "
                        + System.nanoTime())));
        JsonObject upload = object(Http.upload(Http.User.POLA, api("/submissions/POLA/" + YEAR),
                "pola-" + YEAR + ".zip", zip, Map.of()), 202);
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(upload.getJsonNumber("executionId").longValue())
                .getBatchStatus());
        return upload;
    }

    private void certify(int version) throws Exception {
        int statement = object(Http.get(Http.User.POLA_OFFICIAL, api("/certification-statement")), 200)
                .getInt("version");
        JsonObject certified = object(Http.postJson(Http.User.POLA_OFFICIAL, api("/submissions/POLA/" + YEAR + "/"
                        + version + "/certification"), "{\"statementVersion\":" + statement
                        + ",\"password\":\"pola-official-demo\"}"), 201);
        assertEquals("CERTIFIED", certified.getString("reviewState"));
    }

    /** Starts the year's run and waits for its end in {@code expected}; its execution id. */
    private long run(BatchStatus expected) throws Exception {
        long run = object(Http.post(Http.User.ADMIN, api("/runs?reportingYear=" + YEAR)), 202)
                .getJsonNumber("executionId").longValue();
        assertEquals(expected, Runs.awaitEnd(run).getBatchStatus());
        return run;
    }

    private List<Long> pinnedBy(long executionId) {
        VerificationRun run = em.find(VerificationRun.class, executionId);
        return run == null ? List.of() : List.copyOf(run.getSubmissionIds());
    }

    private JsonObject version(int number) throws Exception {
        return object(Http.get(Http.User.POLA, api("/submissions/POLA/" + YEAR + "/" + number)), 200);
    }

    private JsonArray awaiting(Http.User user) throws Exception {
        return array(Http.get(user, api("/reviews/" + YEAR)), 200);
    }

    private String api(String path) {
        return Http.api(base) + path;
    }

    private static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
