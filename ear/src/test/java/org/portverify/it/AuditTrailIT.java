package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.naming.InitialContext;

import jakarta.batch.runtime.BatchStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.portverify.domain.audit.AuditHead;
import org.portverify.domain.run.VerificationRun;

/**
 * The audit trail (reporting year 2086, used by no other test, nor 2085 or 2087): a tolerance change, an upload, the
 * ingest's decision and a run start each append an entry naming who did what to which object, chained by SHA-256;
 * the Board report prints the head; the chain verifies end to end, and a row altered directly in the database is
 * named by the verification. Over HTTP, as auditors see it.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final int YEAR = 2086;

    @ArquillianResource
    private URL base;

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(AuditTrailIT.class, Packages.class);
    }

    @Test
    void everyActionIsChainedAndARewrittenEntryIsNamed() throws Exception {
        assertEquals(200, Http.putJson(Http.User.ADMIN, api("/tolerances/" + YEAR), "{\"skipLimit\":30}")
                .statusCode());
        byte[] zip = Packages.zip(Packages.forYear(Packages.demo("POLA"), "POLA", YEAR));
        JsonObject upload = object(Http.upload(Http.User.POLA, api("/submissions/POLA/" + YEAR), "pola-2086.zip",
                zip, Map.of()), 202);
        long submissionId = upload.getJsonNumber("submissionId").longValue();
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(upload.getJsonNumber("executionId").longValue())
                .getBatchStatus());
        Reviews.accept(Http.api(base), "POLA", YEAR, 1);
        long run = object(Http.post(Http.User.ADMIN, api("/runs?reportingYear=" + YEAR)), 202)
                .getJsonNumber("executionId").longValue();
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(run).getBatchStatus());

        List<JsonObject> entries = Json.createReader(new StringReader(Http.get(Http.User.AUDITOR,
                api("/audit?limit=1000")).body())).readArray().stream().map(JsonValue::asJsonObject).toList();
        JsonObject tolerance = one(entries, e -> e.getString("action").equals("TOLERANCE_CHANGED")
                && e.getString("objectId").equals(String.valueOf(YEAR)));
        assertEquals("admin", tolerance.getString("actor"));
        assertEquals("tolerance", tolerance.getString("objectType"));
        assertEquals("skipLimit 1000 -> 30", tolerance.getString("detail"));
        JsonObject uploaded = one(entries, e -> e.getString("action").equals("SUBMISSION_UPLOADED")
                && e.getString("objectId").equals(String.valueOf(submissionId)));
        assertEquals("pola", uploaded.getString("actor"));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip));
        assertTrue(uploaded.getString("detail").startsWith("POLA " + YEAR + " pola-2086.zip sha256 " + sha256
                + " NEW_VERSION: "), uploaded.toString());
        JsonObject decided = one(entries, e -> e.getString("action").equals("SUBMISSION_DECIDED")
                && e.getString("objectId").equals(String.valueOf(submissionId)));
        assertEquals("system", decided.getString("actor"));
        assertTrue(decided.getString("detail").matches("POLA 2086 v1 ACCEPTED(_WITH_WARNINGS)? DRAFT"),
                decided.toString());
        JsonObject started = one(entries, e -> e.getString("action").equals("RUN_STARTED")
                && e.getString("objectId").equals(String.valueOf(run)));
        assertEquals("admin", started.getString("actor"));
        assertTrue(started.getString("detail").startsWith("annual verification of 2086 as of 2086-12-31"),
                started.toString());
        assertTrue(seq(tolerance) < seq(uploaded) && seq(uploaded) < seq(decided) && seq(decided) < seq(started));

        // Newest first, each entry names the digest of the one before it; a digest recomputed here as docs/audit.md
        // describes is the stored one.
        for (int i = 0; i + 1 < entries.size(); i++) {
            assertEquals(seq(entries.get(i)) - 1, seq(entries.get(i + 1)), "numbered without gaps");
            assertEquals(entries.get(i + 1).getString("entrySha256"), entries.get(i).getString("previousSha256"));
        }
        assertEquals(tolerance.getString("entrySha256"), documentedDigest(tolerance));

        // The Board report prints the head recorded on the run when it rendered: an entry of the chain, digest included.
        AuditHead printed = em.createQuery("select r from VerificationRun r where r.executionId = :id",
                VerificationRun.class).setParameter("id", run).getSingleResult().reportedAuditHead().orElseThrow();
        assertTrue(printed.lastSeq() >= seq(decided), printed.toString());
        String pdf = PdfText.of(Http.getBytes(Http.User.BOARD, api("/reports/runs/" + run + "/board.pdf")).body());
        assertTrue(pdf.contains("Audit trail head entry " + printed.lastSeq() + ", SHA-256 " + printed.lastSha256()),
                pdf);
        assertEquals(printed.lastSha256(), one(entries, e -> seq(e) == printed.lastSeq()).getString("entrySha256"));

        JsonObject intact = object(Http.get(Http.User.AUDITOR, api("/audit/verification")), 200);
        assertTrue(intact.getBoolean("intact"), intact.toString());
        assertTrue(intact.getJsonNumber("headSeq").longValue() >= seq(started), intact.toString());
        assertEquals(intact.getJsonNumber("headSeq").longValue(), intact.getJsonNumber("entries").longValue());

        long altered = seq(tolerance);
        rewrite(altered, "skipLimit 1000 -> 100000");
        try {
            JsonObject broken = object(Http.get(Http.User.ADMIN, api("/audit/verification")), 200);
            assertFalse(broken.getBoolean("intact"), broken.toString());
            assertEquals(altered, broken.getJsonNumber("firstBrokenSeq").longValue(), broken.toString());
            assertTrue(broken.getString("reason").startsWith("entry " + altered + " was changed"),
                    broken.toString());
        } finally {
            rewrite(altered, "skipLimit 1000 -> 30");
        }
        assertTrue(object(Http.get(Http.User.AUDITOR, api("/audit/verification")), 200).getBoolean("intact"));
    }

    /** The canonical text of docs/audit.md, hashed with the JDK's SHA-256. */
    private static String documentedDigest(JsonObject e) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("seq", "recordedAt", "actor", "action", "objectType", "objectId", "detail",
                "previousSha256")) {
            String value = name.equals("seq") ? String.valueOf(seq(e)) : e.getString(name);
            text.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private void rewrite(long seq, String detail) throws Exception {
        UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        tx.begin();
        assertEquals(1, em.createNativeQuery("update audit_entry set detail = ? where seq = ?")
                .setParameter(1, detail).setParameter(2, seq).executeUpdate());
        tx.commit();
    }

    private static JsonObject one(List<JsonObject> entries, Predicate<JsonObject> which) {
        List<JsonObject> found = entries.stream().filter(which).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static long seq(JsonObject entry) {
        return entry.getJsonNumber("seq").longValue();
    }

    private String api(String path) {
        return Http.api(base) + path;
    }

    private static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
