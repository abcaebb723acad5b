package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.batch.runtime.BatchStatus;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Check before you submit (reporting year 2088, used by no other test, nor 2087 or 2089): a dry run answers the
 * validation report and the status an upload of the same bytes gets, and stores nothing; the upload then gets
 * exactly that report. Over HTTP, as a port's staff use it.
 */
@ExtendWith(ArquillianExtension.class)
class PackageCheckIT {

    private static final int YEAR = 2088;
    private static final String BAD = "2024,OGV,,NOx,not-a-number,short_tons\n";

    @ArquillianResource
    private URL base;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(PackageCheckIT.class, Packages.class);
    }

    @Test
    void aDryRunGivesTheUploadsReportAndStoresNothing() throws Exception {
        // The demo's emissions with two lines refused and lines 2, 3 and 4 repeated at the end: 5 records refused.
        // A note no earlier run sent, so that these bytes cannot already be in the store (it outlives a run).
        Map<String, String> unique = Packages.with(Packages.forYear(Packages.demo("POLA"), "POLA", YEAR),
                "manifest.csv", text -> text.replace("not official figures",
                        "not official figures " + System.nanoTime()));
        byte[] zip = Packages.zip(Packages.with(unique, "emissions.csv", text -> {
            List<String> lines = text.lines().toList();
            return text + BAD + BAD + lines.get(1) + "\n" + lines.get(2) + "\n" + lines.get(3) + "\n";
        }));
        JsonObject check = object(Http.upload(Http.User.POLA, api("/checks"), "pola-2088.zip", zip, Map.of()), 200);
        assertEquals(5, check.getJsonNumber("refused").longValue(), check.toString());
        assertEquals(441 + 5, check.getJsonNumber("recordsRead").longValue(), "the demo's 441 records and 5 more");
        assertEquals("POLA", check.getString("port"));
        assertEquals(sha256(zip), check.getString("packageSha256"));
        // The demo's emissions.csv is lines 1 (header) to 401: the bad values are 402 and 403, the repeats 404-406.
        List<String> appended = check.getJsonArray("findings").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("file").equals("emissions.csv") && f.getJsonNumber("line").longValue() > 401)
                .map(f -> f.getString("code") + "@" + f.getJsonNumber("line").longValue()).toList();
        assertEquals(List.of("PV-1203@402", "PV-1203@403", "PV-1210@404", "PV-1210@405", "PV-1210@406"), appended);

        assertEquals(0, versions().size(), "no version");
        assertFalse(Files.exists(packages().resolve(sha256(zip).substring(0, 2)).resolve(sha256(zip))),
                "no bytes stored");
        try (Stream<Path> scratch = Files.list(Files.createDirectories(packages().resolve("checks")))) {
            assertEquals(0, scratch.count(), "the scratch file deleted");
        }
        assertTrue(Json.createReader(new StringReader(Http.get(Http.User.AUDITOR, Http.api(base) + "/audit?limit=1000")
                .body())).readArray().stream().noneMatch(e -> e.asJsonObject().getString("detail")
                .contains(" " + YEAR + " ")), "nothing on the audit trail");

        JsonObject upload = object(Http.upload(Http.User.POLA, api(""), "pola-2088.zip", zip, Map.of()), 202);
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(upload.getJsonNumber("executionId").longValue())
                .getBatchStatus());
        JsonObject version = object(Http.get(Http.User.POLA, api("/1?limit=1000")), 200);
        assertEquals(version.getString("status"), check.getString("wouldBe"));
        assertEquals(version.getJsonNumber("errors").longValue(), check.getJsonNumber("errors").longValue());
        assertEquals(version.getJsonNumber("warnings").longValue(), check.getJsonNumber("warnings").longValue());
        assertEquals(version.getJsonArray("findings"), check.getJsonArray("findings"),
                "the same findings, in the same order, with the same messages and raw lines");
    }

    @Test
    void aPackageRefusedAsAWholeIsSaidSoAndAnotherPortsIsRefused() throws Exception {
        byte[] zip = Packages.zip(Packages.with(Packages.forYear(Packages.demo("POLA"), "POLA", YEAR), "manifest.csv",
                text -> text.replace("\nPOLA,", "\nPOLB,")));
        JsonObject check = object(Http.upload(Http.User.POLA, api("/checks"), "wrong-port.zip", zip, Map.of()), 200);
        assertEquals("REJECTED", check.getString("wouldBe"));
        JsonArray findings = check.getJsonArray("findings");
        assertEquals(1, findings.size(), check.toString());
        assertEquals("manifest.csv", findings.getJsonObject(0).getString("file"));
        assertEquals(2, findings.getJsonObject(0).getJsonNumber("line").longValue());

        HttpResponse<String> other = Http.upload(Http.User.POLB, api("/checks"), "pola.zip", zip, Map.of());
        assertEquals(403, other.statusCode(), other.body());
        assertEquals("PV-4003", Json.createReader(new StringReader(other.body())).readObject().getString("code"));
        HttpResponse<String> tolerance = Http.upload(Http.User.POLA, api("/checks"), "pola.zip", zip,
                Map.of("skipLimit", "100000"));
        assertEquals(400, tolerance.statusCode(), tolerance.body());
        assertEquals("PV-4020", Json.createReader(new StringReader(tolerance.body())).readObject().getString("code"),
                "the tolerance is the regulator's, in a check as in an upload");
        for (Http.User staff : List.of(Http.User.BOARD, Http.User.AUDITOR, Http.User.ADMIN)) {
            assertEquals(403, Http.upload(staff, api("/checks"), "pola.zip", zip, Map.of()).statusCode(), "" + staff);
        }
        assertEquals(401, Http.upload(Http.User.ANONYMOUS, api("/checks"), "pola.zip", zip, Map.of()).statusCode());
    }

    private JsonArray versions() throws IOException, InterruptedException {
        return Json.createReader(new StringReader(Http.get(Http.User.AUDITOR, api("")).body())).readArray();
    }

    private static Path packages() {
        return Path.of(System.getProperty("jboss.server.data.dir"), "portverify", "packages");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private String api(String path) {
        return Http.api(base) + "/submissions/POLA/" + YEAR + path;
    }

    private static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
