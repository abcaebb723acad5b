package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The error tolerance belongs to the regulator (reporting years 2058-2061, used by no other test): an administrator
 * sets it per reporting year, staff read it, a submitter cannot choose it; an ingest stops reading once a version's
 * refused records pass it, and package rules keep no more refused records than it; the version view pages its
 * findings; stored packages of refused versions expire.
 * Runs inside the server (JSON parsed with the server's jakarta.json), calling the API over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ToleranceIT {

    /** Bad TEU lines appended after the 10 good ones of the demo throughput.csv (header line 1, data lines 2-11). */
    private static final int BAD_LINES = 50;

    @ArquillianResource
    private URL base;

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ToleranceIT.class, Packages.class);
    }

    private String api(String path) {
        return Http.api(base) + path;
    }

    @Test
    @Order(1)
    void aYearNobodySetHasTheDocumentedDefaultShownToStaff() throws Exception {
        for (Http.User staff : List.of(Http.User.BOARD, Http.User.AUDITOR, Http.User.ADMIN)) {
            HttpResponse<String> response = Http.get(staff, api("/tolerances/2061"));
            assertEquals(200, response.statusCode(), response.body());
            JsonObject tolerance = object(response);
            assertEquals(2061, tolerance.getInt("reportingYear"));
            assertEquals(1000, tolerance.getJsonNumber("skipLimit").longValue());
            assertEquals("DEFAULT", tolerance.getString("source"));
        }
        assertEquals(403, Http.get(Http.User.POLA, api("/tolerances/2061")).statusCode());
        assertEquals(401, Http.get(Http.User.ANONYMOUS, api("/tolerances/2061")).statusCode());
    }

    @Test
    @Order(2)
    void onlyAnAdministratorSetsTheToleranceOfAYear() throws Exception {
        for (Http.User other : List.of(Http.User.BOARD, Http.User.AUDITOR, Http.User.POLA, Http.User.POLB)) {
            assertEquals(403, Http.putJson(other, api("/tolerances/2058"), "{\"skipLimit\":100000}").statusCode());
        }
        assertError(Http.putJson(Http.User.ADMIN, api("/tolerances/2058"), "{\"skipLimit\":-1}"), 400, "PV-4021");
        assertError(Http.putJson(Http.User.ADMIN, api("/tolerances/2058"), "{\"skipLimit\":\"many\"}"), 400,
                "PV-4021");
        assertError(Http.putJson(Http.User.ADMIN, api("/tolerances/2058"), "{}"), 400, "PV-4021");

        HttpResponse<String> set = Http.putJson(Http.User.ADMIN, api("/tolerances/2058"), "{\"skipLimit\":3}");
        assertEquals(200, set.statusCode(), set.body());
        JsonObject read = object(Http.get(Http.User.AUDITOR, api("/tolerances/2058")));
        assertEquals(3, read.getJsonNumber("skipLimit").longValue());
        assertEquals("ADMINISTRATOR", read.getString("source"));
        assertEquals("admin", read.getString("setBy"));
        assertEquals(1000, object(Http.get(Http.User.AUDITOR, api("/tolerances/2059")))
                .getJsonNumber("skipLimit").longValue(), "another year keeps the default");
    }

    @Test
    @Order(3)
    void aSubmitterTryingToSetTheToleranceIsRefusedAndNothingIsStored() throws Exception {
        // A note no earlier run sent, so that these bytes cannot already be in the store (it outlives a run).
        byte[] zip = Packages.zip(Packages.with(Packages.forYear(Packages.demo("POLA"), "POLA", 2059), "manifest.csv",
                text -> text.replace("not official figures", "not official figures " + System.nanoTime())));
        HttpResponse<String> upload = Http.upload(Http.User.POLA, api("/submissions/POLA/2059"), "pola-2059.zip", zip,
                Map.of("skipLimit", "100000"));
        assertError(upload, 400, "PV-4020");
        JsonArray versions = (JsonArray) parse(Http.get(Http.User.AUDITOR, api("/submissions/POLA/2059")).body());
        assertEquals(0, versions.size(), "no version registered");
        Path stored = Path.of(System.getProperty("jboss.server.data.dir"), "portverify", "packages");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip));
        assertFalse(Files.exists(stored.resolve(sha256.substring(0, 2)).resolve(sha256)), "no bytes stored");
    }

    @Test
    @Order(4)
    void aPackageOverTheToleranceStopsEarlyAndIsRejectedSayingWhere() throws Exception {
        String bad = IntStream.range(0, BAD_LINES).mapToObj(i -> "20x" + i + ",1000\n").collect(Collectors.joining());
        Map<String, String> files = Packages.with(Packages.forYear(Packages.demo("POLA"), "POLA", 2058),
                "throughput.csv", text -> text + bad);
        HttpResponse<String> upload = Http.upload(Http.User.POLA, api("/submissions/POLA/2058"), "many-bad.zip",
                Packages.zip(files), Map.of());
        assertEquals(202, upload.statusCode(), upload.body());
        long executionId = object(upload).getJsonNumber("executionId").longValue();
        Runs.awaitEnd(executionId);

        // Tolerance 3: the 4th refused record (throughput.csv line 15) passes it; nothing after is read.
        Map<String, Long> ingest = Runs.stepMetrics(executionId, "ingest-records");
        assertEquals(4L, ingest.get("FILTER_COUNT"));
        assertEquals(400L + 10 + 4, ingest.get("READ_COUNT"), "400 emissions, 10 good TEU lines, 4 bad ones");
        assertEquals(4L, em.createQuery("select count(r) from RejectedRecord r where r.submissionId = "
                + "(select s.id from Submission s where s.port = org.portverify.domain.model.Port.POLA "
                + "and s.reportingYear = 2058 and s.version = 1)", Long.class).getSingleResult());

        JsonObject version = object(Http.get(Http.User.POLA, api("/submissions/POLA/2058/1")));
        assertEquals("REJECTED", version.getString("status"));
        assertEquals(5, version.getJsonNumber("errors").longValue(), "4 refused records and the stop");
        JsonObject stop = version.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("code").equals("PV-1060")).findFirst().orElseThrow();
        assertEquals("throughput.csv", stop.getString("file"));
        assertEquals(15, stop.getJsonNumber("line").longValue());
        assertTrue(stop.getString("message").contains("line 15"), stop.getString("message"));
        assertTrue(stop.getString("message").contains("4 refused records"), stop.getString("message"));
        assertTrue(stop.getString("message").contains("tolerance of 3"), stop.getString("message"));
    }

    @Test
    @Order(5)
    void theVersionViewPagesItsFindings() throws Exception {
        JsonObject page = object(Http.get(Http.User.POLA, api("/submissions/POLA/2058/1?limit=2&offset=1")));
        assertEquals(5, page.getJsonNumber("errors").longValue());
        assertEquals(1, page.getInt("findingsOffset"));
        assertEquals(2, page.getInt("findingsLimit"));
        List<JsonObject> findings = page.getJsonArray("findings").getValuesAs(JsonObject.class);
        // Report order: by file, line, then code: lines 12, 13, 14, 15 (PV-1060, the stop), 15 (PV-1102).
        assertEquals(2, findings.size());
        assertEquals(13, findings.get(0).getJsonNumber("line").longValue());
        assertEquals(14, findings.get(1).getJsonNumber("line").longValue());
        JsonObject first = object(Http.get(Http.User.POLA, api("/submissions/POLA/2058/1")));
        assertEquals(100, first.getInt("findingsLimit"), "the documented default page");
        assertEquals(5, first.getJsonArray("findings").size());
        // The CSV streams every finding, in the same order: header, then lines 12, 13, 14, 15 (PV-1060), 15 (PV-1102).
        HttpResponse<String> csv = Http.get(Http.User.POLA, api("/submissions/POLA/2058/1/validation-report.csv"));
        assertEquals(200, csv.statusCode());
        List<String[]> rows = csv.body().lines().skip(1).map(line -> line.split(",", 5)).toList();
        assertEquals(List.of("12", "13", "14", "15", "15"), rows.stream().map(r -> r[3]).toList());
        assertEquals(List.of("PV-1102", "PV-1102", "PV-1102", "PV-1060", "PV-1102"),
                rows.stream().map(r -> r[1]).toList());
        assertError(Http.get(Http.User.POLA, api("/submissions/POLA/2058/1?limit=1001")), 400, "PV-4022");
        assertError(Http.get(Http.User.POLA, api("/submissions/POLA/2058/1?offset=-1")), 400, "PV-4022");
    }

    @Test
    @Order(6)
    void theStoredPackageOfARefusedVersionExpiresAndAnAcceptedOneIsKept() throws Exception {
        HttpResponse<String> good = Http.upload(Http.User.POLA, api("/submissions/POLA/2060"), "pola-2060.zip",
                Packages.zip(Packages.forYear(Packages.demo("POLA"), "POLA", 2060)), Map.of());
        assertEquals(202, good.statusCode(), good.body());
        Runs.awaitEnd(object(good).getJsonNumber("executionId").longValue());
        Path rejected = Path.of(location(2058));
        Path accepted = Path.of(location(2060));
        assertTrue(Files.exists(rejected) && Files.exists(accepted));

        var retention = Runs.lookup("portverify-ejb", org.portverify.application.PackageRetention.class);
        retention.expireRefused(Instant.now());
        assertTrue(Files.exists(rejected), "a refused package younger than the retention is kept");
        int expired = retention.expireRefused(Instant.now().plus(Duration.ofDays(31)));
        assertTrue(expired >= 1, "at least the 2058 package expired: " + expired);
        assertFalse(Files.exists(rejected), "the refused package's bytes are deleted");
        assertTrue(Files.exists(accepted), "an accepted package is kept forever");

        JsonObject version = object(Http.get(Http.User.POLA, api("/submissions/POLA/2058/1")));
        assertEquals("REJECTED", version.getString("status"));
        assertEquals(5, version.getJsonArray("findings").size(), "its findings are kept");
        assertEquals(64, version.getString("packageSha256").length(), "and its digest");
        assertTrue(version.getString("packageExpiredAt").length() > 0);
    }

    @Test
    @Order(7)
    void duplicatesOverTheToleranceKeepAtMostTheToleranceAndOneRefusedRecords() throws Exception {
        // 20 copies of the last TEU line (line 11): each copy (lines 12-31) is a duplicate the package rules refuse.
        Map<String, String> demo = Packages.forYear(Packages.demo("POLB"), "POLB", 2058);
        String throughput = demo.get("throughput.csv");
        String last = throughput.strip().substring(throughput.strip().lastIndexOf('\n') + 1);
        Map<String, String> files = Packages.with(demo, "throughput.csv",
                text -> text + (last + "\n").repeat(20));
        HttpResponse<String> upload = Http.upload(Http.User.POLB, api("/submissions/POLB/2058"), "duplicates.zip",
                Packages.zip(files), Map.of());
        assertEquals(202, upload.statusCode(), upload.body());
        Runs.awaitEnd(object(upload).getJsonNumber("executionId").longValue());

        JsonObject version = object(Http.get(Http.User.POLB, api("/submissions/POLB/2058/1")));
        assertEquals("REJECTED", version.getString("status"));
        // Tolerance 3: 4 duplicates kept (lines 12-15), and PV-1061 saying 20 were refused.
        assertEquals(4L, em.createQuery("select count(r) from RejectedRecord r where r.submissionId = "
                + "(select s.id from Submission s where s.port = org.portverify.domain.model.Port.POLB "
                + "and s.reportingYear = 2058 and s.version = 1)", Long.class).getSingleResult());
        JsonObject over = version.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("code").equals("PV-1061")).findFirst().orElseThrow();
        assertTrue(over.getString("message").contains("refused 20 records"), over.getString("message"));
        assertTrue(over.getString("message").contains("the first 4 are listed"), over.getString("message"));
    }

    private String location(int year) {
        return em.createQuery("select s.sourceLocation from Submission s where s.port = "
                + "org.portverify.domain.model.Port.POLA and s.reportingYear = :year and s.version = 1", String.class)
                .setParameter("year", year).getSingleResult();
    }

    private static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    private static JsonObject object(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 300, response.statusCode() + " " + response.body());
        return (JsonObject) parse(response.body());
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.body());
        assertEquals(code, ((JsonObject) parse(response.body())).getString("code"), response.body());
    }
}
