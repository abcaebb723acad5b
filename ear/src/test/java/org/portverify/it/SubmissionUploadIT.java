package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portverify.domain.submission.InventoryFigure;

/**
 * A port's submitter uploads packages over REST (reporting year 2030, used by no other test): a ZIP is accepted, the
 * same bytes again change nothing, the same content as XLSX supersedes it with identical figures, a package for the
 * wrong port is refused as a whole, one with more errors than its skip limit is rejected, and accepted data is never
 * touched by either. Submitters see only their own port.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubmissionUploadIT {

    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");

    @ArquillianResource
    private URL base;

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(SubmissionUploadIT.class, Packages.class, Workbooks.class);
    }

    private static Map<String, String> pola2030() {
        return Packages.forYear(Packages.demo("POLA"), "POLA", 2030);
    }

    private String submissions(String port) {
        return Http.api(base) + "/submissions/" + port + "/2030";
    }

    @Test
    @Order(1)
    @RunAsClient
    void aZipUploadIsStoredIngestedAndAccepted() throws Exception {
        HttpResponse<String> upload = Http.upload(Http.User.POLA, submissions("POLA"), "pola-2030.zip",
                Packages.zip(pola2030()), Map.of());
        assertEquals(202, upload.statusCode(), upload.body());
        assertTrue(upload.body().contains("\"outcome\":\"NEW_VERSION\""), upload.body());
        assertEquals("ACCEPTED", awaitClosed("POLA", 1));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theSameBytesAgainMakeNoNewVersion() throws Exception {
        HttpResponse<String> upload = Http.upload(Http.User.POLA, submissions("POLA"), "pola-2030.zip",
                Packages.zip(pola2030()), Map.of());
        assertEquals(200, upload.statusCode(), upload.body());
        assertTrue(upload.body().contains("\"outcome\":\"UNCHANGED\""), upload.body());
        assertEquals(1, versions("POLA").size());
    }

    @Test
    @Order(3)
    @RunAsClient
    void theSameContentAsXlsxSupersedesTheZipWithHistory() throws Exception {
        HttpResponse<String> upload = Http.upload(Http.User.POLA, submissions("POLA"), "pola-2030.xlsx",
                Workbooks.xlsx(pola2030()), Map.of());
        assertEquals(202, upload.statusCode(), upload.body());
        assertEquals("ACCEPTED", awaitClosed("POLA", 2));
        List<String> statuses = versions("POLA");
        assertEquals(List.of("ACCEPTED", "SUPERSEDED"), statuses, "newest first");
        String first = Http.get(Http.User.POLA, submissions("POLA") + "/1").body();
        assertTrue(first.contains("\"format\":\"ZIP\""), first);
        assertTrue(first.contains("\"supersededBy\":"), first);
        assertTrue(Http.get(Http.User.POLA, submissions("POLA") + "/2").body().contains("\"format\":\"XLSX\""));
    }

    @Test
    @Order(4)
    void csvAndXlsxCarriersGaveIdenticalFigures() {
        List<String> zip = figures(1);
        List<String> xlsx = figures(2);
        assertEquals(400, zip.size());
        assertEquals(zip, xlsx);
    }

    @Test
    @Order(5)
    @RunAsClient
    void aSubmitterSeesAndChangesOnlyItsOwnPort() throws Exception {
        HttpResponse<String> upload = Http.upload(Http.User.POLB, submissions("POLA"), "pola-2030.zip",
                Packages.zip(pola2030()), Map.of());
        assertEquals(403, upload.statusCode(), upload.body());
        assertTrue(upload.body().contains("PV-4003"), upload.body());
        assertEquals(403, Http.get(Http.User.POLB, submissions("POLA")).statusCode());
        assertEquals(403, Http.get(Http.User.POLA, submissions("POLB")).statusCode());
        assertEquals(403, Http.upload(Http.User.AUDITOR, submissions("POLA"), "x.zip", new byte[] {1}, Map.of())
                .statusCode());
        assertEquals(401, Http.get(Http.User.ANONYMOUS, submissions("POLA")).statusCode());
        assertEquals(200, Http.get(Http.User.AUDITOR, submissions("POLA")).statusCode());
        assertEquals(200, Http.get(Http.User.POLB, submissions("POLB")).statusCode());
    }

    @Test
    @Order(6)
    @RunAsClient
    void aManifestForAnotherPortIsRefusedAsAWholeAndChangesNothing() throws Exception {
        Map<String, String> wrongPort = Packages.with(pola2030(), "manifest.csv",
                text -> text.replace("\nPOLA,2030,", "\nPOLB,2030,"));
        HttpResponse<String> upload = Http.upload(Http.User.POLA, submissions("POLA"), "wrong-port.zip",
                Packages.zip(wrongPort), Map.of());
        assertEquals(422, upload.statusCode(), upload.body());
        assertTrue(upload.body().contains("\"outcome\":\"REFUSED\""), upload.body());
        assertEquals(List.of("REJECTED", "ACCEPTED", "SUPERSEDED"), versions("POLA"));

        HttpResponse<String> report = Http.get(Http.User.POLA, submissions("POLA") + "/3/validation-report.csv");
        assertEquals(200, report.statusCode());
        assertTrue(report.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(report.body().startsWith("severity,code,file,line,field,value,message,raw_line"), report.body());
        assertTrue(report.body().contains("ERROR,PV-1005,manifest.csv,2,(package)"), report.body());
    }

    @Test
    @Order(7)
    @RunAsClient
    void moreErrorsThanTheSkipLimitRejectTheSubmissionAndKeepTheAcceptedOne() throws Exception {
        Map<String, String> twoBad = Packages.with(pola2030(), "throughput.csv",
                text -> text.replace("\n2018,", "\n2018x,").replace("\n2019,", "\n2019x,"));
        // The regulator's tolerance for 2030, set by an administrator (a submitter cannot choose it).
        assertEquals(200, Http.putJson(Http.User.ADMIN, Http.api(base) + "/tolerances/2030", "{\"skipLimit\":1}")
                .statusCode());
        HttpResponse<String> upload = Http.upload(Http.User.POLA, submissions("POLA"), "two-bad.zip",
                Packages.zip(twoBad), Map.of());
        assertEquals(202, upload.statusCode(), upload.body());
        assertEquals("REJECTED", awaitClosed("POLA", 4));
        assertEquals(List.of("REJECTED", "REJECTED", "ACCEPTED", "SUPERSEDED"), versions("POLA"));
        String report = Http.get(Http.User.POLA, submissions("POLA") + "/4/validation-report.csv").body();
        // Two refused records; and each refused TEU year leaves its emissions without TEU (PV-1311).
        assertTrue(report.contains("ERROR,PV-1102,throughput.csv,"), report);
        assertTrue(report.contains(",data_year,2018x,"), report);
        assertTrue(report.contains(",data_year,2019x,"), report);
    }

    @Test
    @Order(8)
    void aRejectedSubmissionLeavesNoRecordAndTheAcceptedOneIsIntact() {
        assertEquals(0, figures(4).size(), "a rejected submission's records are withdrawn");
        assertEquals(400, figures(2).size());
        assertEquals(figures(1), figures(2));
    }

    private List<String> versions(String port) throws Exception {
        HttpResponse<String> history = Http.get(Http.User.AUDITOR, submissions(port));
        assertEquals(200, history.statusCode(), history.body());
        return STATUS.matcher(history.body()).results().map(m -> m.group(1)).toList();
    }

    private String awaitClosed(String port, int version) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            Matcher status = STATUS.matcher(Http.get(Http.User.POLA, submissions(port) + "/" + version).body());
            if (status.find() && !status.group(1).equals("RECEIVED")) {
                return status.group(1);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("version " + version + " was not closed in time");
    }

    /** A submission's figures as (year, category, sub-category, pollutant, value, unit), in a stable order. */
    private List<String> figures(int version) {
        return em.createQuery("select f from InventoryFigure f where f.submissionId = (select s.id from Submission s "
                        + "where s.port = org.portverify.domain.model.Port.POLA and s.reportingYear = 2030 "
                        + "and s.version = :version)", InventoryFigure.class)
                .setParameter("version", version).getResultList().stream()
                .map(f -> f.getDataYear() + "|" + f.getCategory() + "|" + f.getSubCategory() + "|" + f.getPollutant()
                        + "|" + f.getValue().stripTrailingZeros().toPlainString() + "|" + f.getUnit())
                .sorted().toList();
    }
}
