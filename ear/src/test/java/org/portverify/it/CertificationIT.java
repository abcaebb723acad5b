package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
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

import org.portverify.application.SubmissionCertifications;
import org.portverify.domain.model.Port;

/**
 * Certification of a version (reporting year 2071, used by no other test): the port's preparer uploads, its
 * certifying official reads the statement and certifies with their password again; the seal's signature is checked
 * here with the JDK alone, over a text rebuilt from the facts; every refusal changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CertificationIT {

    private static final int YEAR = 2071;

    @ArquillianResource
    private URL base;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(CertificationIT.class, Packages.class);
    }

    @Test
    void theOfficialCertifiesAValidatedVersionAndTheSignatureVerifiesOverTheFacts() throws Exception {
        byte[] zip = Packages.zip(Packages.forYear(Packages.demo("POLA"), "POLA", YEAR));
        JsonObject upload = object(Http.upload(Http.User.POLA, api("/submissions/POLA/" + YEAR), "pola-2071.zip",
                zip, Map.of()), 202);
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(upload.getJsonNumber("executionId").longValue())
                .getBatchStatus());
        JsonObject draft = version(Http.User.POLA_OFFICIAL);
        assertTrue(draft.getString("status").startsWith("ACCEPTED"), draft.toString());
        assertEquals("DRAFT", draft.getString("reviewState"));
        int number = draft.getInt("version");
        String certify = api("/submissions/POLA/" + YEAR + "/" + number + "/certification");

        JsonObject statement = object(Http.get(Http.User.POLA_OFFICIAL, api("/certification-statement")), 200);
        int statementVersion = statement.getInt("version");
        String text = statement.getString("text");
        assertTrue(text.startsWith("I certify under penalty of law"), text);
        assertEquals(sha256(text.getBytes(StandardCharsets.UTF_8)), statement.getString("sha256"));

        // Refusals: the preparer, the other port's official, a wrong password, a statement not in force.
        assertEquals(403, Http.postJson(Http.User.POLA, certify, body(statementVersion, "pola-demo")).statusCode());
        assertEquals(403, Http.upload(Http.User.POLA_OFFICIAL, api("/submissions/POLA/" + YEAR), "pola-2071.zip",
                Packages.zip(Packages.forYear(Packages.demo("POLA"), "POLA", YEAR)), Map.of()).statusCode(),
                "the official certifies, the preparer uploads");
        assertEquals("PV-4003", object(Http.postJson(Http.User.POLB_OFFICIAL, certify,
                body(statementVersion, "polb-official-demo")), 403).getString("code"));
        JsonObject wrongPassword = object(Http.postJson(Http.User.POLA_OFFICIAL, certify,
                body(statementVersion, "not-my-password")), 403);
        assertEquals("PV-4304", wrongPassword.getString("code"));
        assertFalse(wrongPassword.toString().contains("not-my-password"), "a password is never echoed");
        assertEquals("PV-4303", object(Http.postJson(Http.User.POLA_OFFICIAL, certify,
                body(statementVersion + 1, "pola-official-demo")), 409).getString("code"));
        assertEquals("PV-4001", object(Http.postJson(Http.User.POLA_OFFICIAL, certify,
                "{\"statementVersion\":" + statementVersion + "}"), 400).getString("code"), "no password");
        assertEquals("PV-4306", object(Http.get(Http.User.BOARD, certify), 404).getString("code"));
        assertEquals("DRAFT", version(Http.User.POLA).getString("reviewState"), "no refusal changed anything");

        Instant before = Instant.now();
        JsonObject certified = object(Http.postJson(Http.User.POLA_OFFICIAL, certify,
                body(statementVersion, "pola-official-demo")), 201);
        assertEquals("pola-official", certified.getString("signer"));
        assertEquals("CERTIFIED", certified.getString("reviewState"));
        assertEquals(upload.getString("packageSha256"), certified.getString("packageSha256"));
        assertEquals(statementVersion, certified.getInt("statementVersion"));
        assertTrue(certified.getBoolean("signatureValid"));
        Instant signedAt = Instant.parse(certified.getString("signedAt"));
        assertFalse(signedAt.isBefore(before.minusSeconds(1)) || signedAt.isAfter(Instant.now().plusSeconds(1)));

        // The signed text is exactly these facts, and the signature verifies with the published key alone.
        String expected = field("purpose", "portverify-certification-v1") + field("port", "POLA")
                + field("reportingYear", String.valueOf(YEAR)) + field("version", String.valueOf(number))
                + field("packageSha256", upload.getString("packageSha256"))
                + field("statementVersion", String.valueOf(statementVersion))
                + field("statementSha256", sha256(text.getBytes(StandardCharsets.UTF_8)))
                + field("signer", "pola-official") + field("signedAt", signedAt.toString());
        assertEquals(expected, certified.getString("signedText"));
        assertEquals("Ed25519", certified.getString("algorithm"));
        byte[] publicKeyBytes = Base64.getDecoder().decode(certified.getString("publicKey"));
        assertEquals(sha256(publicKeyBytes), certified.getString("keyId"));
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKeyBytes));
        assertTrue(verifies(key, expected, certified.getString("signature")));
        assertFalse(verifies(key, expected.replace("pola-official", "pola"), certified.getString("signature")),
                "another signer's name breaks it");

        // Once only; everyone who may read the version reads the certification, the other port does not.
        assertEquals("PV-4302", object(Http.postJson(Http.User.POLA_OFFICIAL, certify,
                body(statementVersion, "pola-official-demo")), 409).getString("code"));
        assertEquals("CERTIFIED", version(Http.User.BOARD).getString("reviewState"));
        JsonObject read = object(Http.get(Http.User.AUDITOR, certify), 200);
        assertEquals(certified.getString("signature"), read.getString("signature"));
        assertTrue(read.getBoolean("signatureValid"));
        assertEquals(403, Http.get(Http.User.POLB, certify).statusCode());

        // The copy of record: kept at certification, naming the digest, every file and the signer; anyone who may read
        // the version downloads it; rendered again from what is stored it is the same bytes.
        HttpResponse<byte[]> receipt = Http.getBytes(Http.User.POLA, certify + "/receipt.pdf");
        assertEquals(200, receipt.statusCode());
        assertEquals(certified.getString("receiptSha256"), sha256(receipt.body()));
        assertArrayEquals(receipt.body(), Http.getBytes(Http.User.REVIEWER, certify + "/receipt.pdf").body(),
                "the regulator downloads the same copy");
        assertEquals(403, Http.getBytes(Http.User.POLB, certify + "/receipt.pdf").statusCode());
        String receiptText = PdfText.of(receipt.body()).replaceAll("\\s+", " ");
        assertTrue(receiptText.contains("Copy of record: POLA " + YEAR + ", version " + number), receiptText);
        assertTrue(receiptText.contains("Package SHA-256 " + upload.getString("packageSha256")), receiptText);
        assertTrue(receiptText.contains("Certified by pola-official, " + signedAt), receiptText);
        assertTrue(receiptText.replace(" ", "").contains(certified.getString("signature")),
                "the signature whole (wrapped over two lines): " + receiptText);
        assertTrue(receiptText.contains("Audit trail entry " + certified.getJsonNumber("auditSeq").longValue()
                + ", SHA-256 " + certified.getString("auditSha256")), receiptText);
        assertTrue(receiptText.contains("until the end of " + certified.getString("disputeUntil")), receiptText);
        assertTrue(receiptText.contains(text.substring(0, 60)), "the statement signed");
        assertTrue(receiptText.contains("pola-2071.zip (" + String.format(java.util.Locale.US, "%,d", zip.length)
                + " bytes) " + sha256(zip)), "the file received, its size and digest");
        assertArrayEquals(receipt.body(), Runs.lookup("portverify-ejb", SubmissionCertifications.class)
                .renderReceiptAgain(Port.POLA, YEAR, number), "re-rendered byte for byte");

        // The port disputes it within the window (30 days by default): a comment of the version, on the trail.
        assertEquals(signedAt.atZone(java.time.ZoneId.of("America/Los_Angeles")).toLocalDate().plusDays(30),
                LocalDate.parse(certified.getString("disputeUntil")), "30 days after signing, in the regulator's time");
        JsonObject dispute = object(Http.postJson(Http.User.POLA, certify + "/disputes",
                "{\"reason\":\"The fleet file listed is not the one we sent.\"}"), 201);
        assertEquals("PORT", dispute.getString("side"));
        assertEquals("Dispute of the copy of record: The fleet file listed is not the one we sent.",
                dispute.getString("text"));
        assertEquals(403, Http.postJson(Http.User.POLB, certify + "/disputes", "{\"reason\":\"x\"}")
                .statusCode());
        assertEquals(403, Http.postJson(Http.User.REVIEWER, certify + "/disputes", "{\"reason\":\"x\"}")
                .statusCode(), "a dispute is the port's");

        // On the audit trail, by the official, with the signature; the chain still verifies.
        List<JsonObject> certifications = Json.createReader(new StringReader(Http.get(Http.User.AUDITOR,
                        api("/audit?limit=1000")).body())).readArray().stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("SUBMISSION_CERTIFIED")
                        && e.getString("objectId").equals(String.valueOf(certified.getInt("submissionId"))))
                .toList();
        assertEquals(1, certifications.size(), "one entry for one certification, none for the refusals");
        assertEquals(certified.getJsonNumber("auditSeq").longValue(), certifications.get(0).getJsonNumber("seq")
                .longValue(), "the copy of record names its own entry");
        assertEquals("pola-official", certifications.get(0).getString("actor"));
        assertTrue(certifications.get(0).getString("detail").contains(certified.getString("signature")));
        assertTrue(object(Http.get(Http.User.AUDITOR, api("/audit/verification")), 200).getBoolean("intact"));
    }

    @Test
    void anAdministratorPublishesANewStatementAndAnOldOneCanNoLongerBeSigned() throws Exception {
        JsonObject current = object(Http.get(Http.User.ADMIN, api("/certification-statement")), 200);
        assertEquals(current.getInt("version"), object(Http.putJson(Http.User.ADMIN, api("/certification-statement"),
                Json.createObjectBuilder().add("text", current.getString("text")).build().toString()), 200)
                .getInt("version"), "the same text publishes nothing");
        assertEquals("PV-4305", object(Http.putJson(Http.User.ADMIN, api("/certification-statement"),
                "{\"text\":\"  \"}"), 400).getString("code"));
        assertEquals("PV-4305", object(Http.putJson(Http.User.ADMIN, api("/certification-statement"),
                Json.createObjectBuilder().add("text", "x".repeat(4001)).build().toString()), 400).getString("code"));
        String newText = current.getString("text") + " (reviewed " + System.nanoTime() + ")";
        JsonObject published = object(Http.putJson(Http.User.ADMIN, api("/certification-statement"),
                Json.createObjectBuilder().add("text", newText).build().toString()), 200);
        assertEquals(current.getInt("version") + 1, published.getInt("version"));
        assertEquals(newText, object(Http.get(Http.User.POLB_OFFICIAL, api("/certification-statement")), 200)
                .getString("text"));
        assertEquals(sha256(newText.getBytes(StandardCharsets.UTF_8)), published.getString("sha256"));
        assertTrue(Json.createReader(new StringReader(Http.get(Http.User.AUDITOR, api("/audit?limit=1000")).body()))
                .readArray().stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("action")
                        .equals("STATEMENT_PUBLISHED") && e.getString("actor").equals("admin")
                        && e.getString("objectId").equals(String.valueOf(published.getInt("version")))));
    }

    private JsonObject version(Http.User user) throws Exception {
        HttpResponse<String> response = Http.get(user, api("/submissions/POLA/" + YEAR));
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().getJsonObject(0);
    }

    private static String body(int statementVersion, String password) {
        return Json.createObjectBuilder().add("statementVersion", statementVersion).add("password", password).build()
                .toString();
    }

    private static String field(String name, String value) {
        return name + "=" + value.length() + ":" + value + "\n";
    }

    private static boolean verifies(PublicKey key, String text, String signature) throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(text.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(signature));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private String api(String path) {
        return Http.api(base) + path;
    }

    private static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
