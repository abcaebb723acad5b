package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.batch.runtime.BatchStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.portverify.domain.submission.SubmissionDeadline;

/**
 * The annual submission deadline (reporting year 2019, used by no other test, nor 2018 or 2020): an administrator
 * sets it, every role reads it, a version received after it is late in the API and in the Board report's
 * data-quality section. 2019 is in the past, so its deadline (in 2020) has passed and today's upload is late.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineIT {

    private static final int YEAR = 2019;

    @ArquillianResource
    private URL base;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(DeadlineIT.class, Packages.class);
    }

    @Test
    void aVersionReceivedAfterTheDeadlineIsLateInTheApiAndTheReport() throws Exception {
        JsonObject none = object(Http.get(Http.User.POLA, api("/deadlines/" + YEAR)), 200);
        assertTrue(none.get("dueDate") == null || none.isNull("dueDate"), "none set: " + none);
        assertEquals("America/Los_Angeles", none.getString("timeZone"));
        assertEquals(403, Http.putJson(Http.User.POLA, api("/deadlines/" + YEAR), "{\"dueDate\":\"2020-06-30\"}")
                .statusCode());
        assertEquals("PV-4023", object(Http.putJson(Http.User.ADMIN, api("/deadlines/" + YEAR),
                "{\"dueDate\":\"2018-06-30\"}"), 400).getString("code"), "before the reporting year");
        JsonObject set = object(Http.putJson(Http.User.ADMIN, api("/deadlines/" + YEAR),
                "{\"dueDate\":\"2020-06-30\"}"), 200);
        assertEquals("2020-06-30", set.getString("dueDate"));
        assertEquals("admin", set.getString("setBy"));
        assertEquals("2020-06-30", object(Http.get(Http.User.POLB, api("/deadlines/" + YEAR)), 200)
                .getString("dueDate"), "the ports read it");
        assertTrue(Json.createReader(new StringReader(Http.get(Http.User.AUDITOR, api("/audit?limit=1000")).body()))
                .readArray().stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("action")
                        .equals("DEADLINE_CHANGED") && e.getString("objectId").equals(String.valueOf(YEAR))
                        && e.getString("detail").equals("due none -> 2020-06-30")), "on the audit trail");

        // The demo's data years after 2019 are refused (PV-1103): tolerated, so that the version counts.
        assertEquals(200, Http.putJson(Http.User.ADMIN, api("/tolerances/" + YEAR), "{\"skipLimit\":5000}")
                .statusCode());
        JsonObject upload = object(Http.upload(Http.User.POLA, api("/submissions/POLA/" + YEAR), "pola-2019.zip",
                Packages.zip(Packages.forYear(Packages.demo("POLA"), "POLA", YEAR)), Map.of()), 202);
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(upload.getJsonNumber("executionId").longValue())
                .getBatchStatus());
        JsonObject version = Json.createReader(new StringReader(Http.get(Http.User.POLA,
                api("/submissions/POLA/" + YEAR)).body())).readArray().getJsonObject(0);
        assertTrue(version.getBoolean("late"), version.toString());
        assertTrue(version.getString("status").startsWith("ACCEPTED"), version.toString());
        Reviews.accept(Http.api(base), "POLA", YEAR, version.getInt("version"));

        long run = object(Http.post(Http.User.ADMIN, api("/runs?reportingYear=" + YEAR)), 202)
                .getJsonNumber("executionId").longValue();
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(run).getBatchStatus());
        String pdf = PdfText.of(Http.getBytes(Http.User.BOARD, api("/reports/runs/" + run + "/board.pdf")).body());
        LocalDate received = Instant.parse(version.getString("receivedAt"))
                .atZone(SubmissionDeadline.REGULATOR_TIME).toLocalDate();
        // The column wraps anywhere, inside a date too: compared without white space.
        assertTrue(pdf.replaceAll("\\s+", "").contains(("ZIP upload by pola, certified and accepted by reviewer; LATE: "
                + "received " + received + ", due 2020-06-30").replace(" ", "")), pdf);
    }

    private String api(String path) {
        return Http.api(base) + path;
    }

    private static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
