package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;

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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web page in headless Chromium (see {@link Browser}): board staff sign in, find the reporting year 2040 report
 * and download its PDF, whose bytes match the SHA-256 the page lists; a port's submitter uploads a package through the
 * form and sees it validated and accepted, with its validation report, then another port's package refused with its
 * finding; each role sees only what it may do. The page
 * and the OpenAPI description need a sign-in like the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageIT {

    /** The run the board test downloads; used by no other test. */
    private static final int RUN_YEAR = 2040;
    /** The year the submitter uploads for through the form. */
    private static final int UPLOAD_YEAR = 2041;
    /** The year a certifying official and a reviewer work on through the page. */
    private static final int REVIEW_YEAR = 2085;
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
    private static final Pattern EXECUTION_ID = Pattern.compile("\"executionId\":(\\d+)");

    private static Long runExecutionId;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    @Order(1)
    void thePageAndItsApiDescriptionNeedASignIn() throws Exception {
        String root = Http.secure(base);
        for (String path : new String[] {"", "index.html", "portverify.js", "openapi.yaml"}) {
            assertEquals(401, Http.get(Http.User.ANONYMOUS, root + path).statusCode(), path);
        }
        HttpResponse<String> page = Http.get(Http.User.BOARD, root);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>PortVerify</h1>"), page.body());
        HttpResponse<String> openApi = Http.get(Http.User.POLA, root + "openapi.yaml");
        assertEquals(200, openApi.statusCode());
        assertTrue(openApi.body().startsWith("openapi: 3."), openApi.body());
        assertEquals(200, Http.get(Http.User.ANONYMOUS, Http.api(base) + "/health").statusCode());
    }

    @Test
    @Order(2)
    void boardStaffDownloadTheListedPdf() throws Exception {
        Browser.assumeInstalled();
        long executionId = run2040();
        try (Browser browser = Browser.open(base, "board", "board-demo")) {
            assertEquals("board", browser.await(By.id("signed-in-user")).getText());
            WebElement row = browser.await(By.cssSelector(
                    "tr.report-row[data-execution-id='" + executionId + "'][data-year='" + RUN_YEAR + "']"));
            String listedDigest = row.findElement(By.className("pdf-sha256")).getText();
            assertTrue(row.findElement(By.className("download-tables")).getAttribute("href")
                    .endsWith("/api/reports/runs/" + executionId + "/tables.xlsx"));
            assertTrue(listedDigest.matches("[0-9a-f]{64}"), listedDigest);
            // Board staff read and download; they neither restart, re-verify, start runs nor upload.
            assertTrue(browser.driver().findElements(By.cssSelector("button.restart, button.reverify")).isEmpty());
            assertFalse(browser.driver().findElement(By.id("start-run")).isDisplayed());
            assertFalse(browser.driver().findElement(By.id("tolerance-form")).isDisplayed(), "the tolerance is the admin's");
            assertFalse(browser.driver().findElement(By.id("submission")).isDisplayed());

            browser.screenshot("board");
            row.findElement(By.className("download-pdf")).click();
            Path pdf = browser.awaitDownload();
            byte[] bytes = Files.readAllBytes(pdf);
            assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(bytes, 4),
                    pdf.getFileName() + " is a PDF");
            assertEquals(listedDigest, sha256(bytes), "the downloaded file is the one the page lists");
            HttpResponse<byte[]> served = Http.getBytes(Http.User.BOARD,
                    Http.api(base) + "/reports/runs/" + executionId + "/board.pdf");
            assertEquals(listedDigest, served.headers().firstValue("X-PortVerify-PDF-SHA256").orElseThrow());
        }
    }

    @Test
    @Order(3)
    void aSubmitterUploadsThroughTheFormAndSeesTheOutcome() throws Exception {
        Browser.assumeInstalled();
        Path zip = Files.createTempFile("pola-" + UPLOAD_YEAR, ".zip");
        Files.write(zip, Packages.zip(Packages.forYear(Packages.demo("POLA"), "POLA", UPLOAD_YEAR)));
        try (Browser browser = Browser.open(base, "pola", "pola-demo")) {
            browser.await(By.id("upload-form"));
            assertEquals("Port of Los Angeles (POLA)",
                    browser.driver().findElement(By.id("upload-port")).getAttribute("value"));
            // A submitter sees neither reports nor runs.
            assertFalse(browser.driver().findElement(By.id("reports")).isDisplayed());
            assertFalse(browser.driver().findElement(By.id("runs")).isDisplayed());

            // Leaving the year field (Tab) lists that year's versions and says its deadline.
            browser.driver().findElement(By.id("upload-year")).sendKeys(String.valueOf(UPLOAD_YEAR), org.openqa.selenium.Keys.TAB);
            browser.driver().findElement(By.id("upload-file")).sendKeys(zip.toString());
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.id("upload-deadline"),
                            "No submission deadline is set for " + UPLOAD_YEAR + "."));
            // Checked first, without submitting: the status it would get, and nothing stored.
            browser.driver().findElement(By.id("check-button")).click();
            WebElement check = browser.await(By.cssSelector("#check-result[data-would-be='ACCEPTED']"));
            assertEquals("0", check.findElement(By.id("check-errors")).getText());
            assertTrue(browser.driver().findElement(By.id("upload-result")).getText().contains("Nothing was stored"));
            browser.screenshot("submitter-check");
            assertEquals(0, Json.createReader(new java.io.StringReader(Http.get(Http.User.POLA, Http.api(base)
                    + "/submissions/POLA/" + UPLOAD_YEAR).body())).readArray().size(), "no version from the check");

            browser.driver().findElement(By.id("upload-button")).click();
            WebElement outcome = browser.await(By.id("upload-version"));
            assertEquals("ACCEPTED", outcome.getAttribute("data-status"), outcome.getText());
            assertEquals("1", outcome.getAttribute("data-version"));
            assertEquals("0", browser.driver().findElement(By.id("upload-errors")).getText());
            assertTrue(browser.driver().findElement(By.id("upload-result")).getText().contains("Package accepted"));
            String report = outcome.findElement(By.className("validation-report")).getAttribute("href");
            assertTrue(report.endsWith("/api/submissions/POLA/" + UPLOAD_YEAR + "/1/validation-report.csv"), report);
            // The versions table shows the same version.
            browser.await(By.cssSelector("#versions-table tr[data-version='1'][data-status='ACCEPTED']"));
            browser.screenshot("submitter");

            // The other port's package: refused as a whole at once, with the finding and its code on the page.
            Files.write(zip, Packages.zip(Packages.forYear(Packages.demo("POLB"), "POLB", UPLOAD_YEAR)));
            browser.driver().findElement(By.id("upload-file")).sendKeys(zip.toString());
            browser.driver().findElement(By.id("upload-button")).click();
            WebElement refused = browser.await(By.cssSelector("#upload-version[data-status='REJECTED']"));
            assertEquals("2", refused.getAttribute("data-version"));
            assertTrue(browser.driver().findElement(By.id("upload-result")).getText()
                    .contains("Package refused as a whole."));
            WebElement findings = browser.await(By.id("upload-findings"));
            assertTrue(findings.getText().contains("PV-1005"), findings.getText());
            browser.screenshot("submitter-refused");
        } finally {
            Files.deleteIfExists(zip);
        }
        HttpResponse<String> versions = Http.get(Http.User.POLA, Http.api(base) + "/submissions/POLA/" + UPLOAD_YEAR);
        assertTrue(versions.body().contains("\"uploadedBy\":\"pola\""), versions.body());
    }

    @Test
    @Order(4)
    void anAuditorReverifiesARunAndSeesItMatchAndAnAdministratorMayStartRuns() throws Exception {
        Browser.assumeInstalled();
        long executionId = run2040();
        try (Browser browser = Browser.open(base, "auditor", "auditor-demo")) {
            browser.await(By.cssSelector("button.reverify[data-execution-id='" + executionId + "']"));
            assertFalse(browser.driver().findElement(By.id("start-run")).isDisplayed());
            assertFalse(browser.driver().findElement(By.id("submission")).isDisplayed());
            assertTrue(browser.driver().findElement(By.id("schedule")).isDisplayed());
            browser.driver().findElement(By.cssSelector("button.show-run[data-execution-id='" + executionId + "']"))
                    .click();
            browser.await(By.cssSelector("#run-detail table.steps"));
            // The auditor re-verifies the run: the re-run with its pinned inputs reproduces it, and the page says so.
            browser.driver().findElement(By.cssSelector("button.reverify[data-execution-id='" + executionId + "']"))
                    .click();
            WebElement outcome = browser.await(By.cssSelector("#reverifications .reverification[data-status='MATCH']"));
            assertTrue(outcome.getText().contains("of run " + executionId + ", requested by auditor"),
                    outcome.getText());
            assertTrue(outcome.getText().contains("The re-run reproduced every figure and the report digest."),
                    outcome.getText());
            // The re-run is listed as such, and is not offered for re-verification itself.
            WebElement rerun = browser.await(By.xpath("//tr[contains(@class,'run-row')][.//span[text()='Re-run of run "
                    + executionId + "']]"));
            assertTrue(rerun.findElements(By.cssSelector("button.reverify")).isEmpty(), rerun.getText());
            // ...and its report, byte for byte the original's, is no second report of the year for the board.
            String rerunId = rerun.findElement(By.tagName("td")).getText();
            String reports = Http.get(Http.User.BOARD, Http.api(base) + "/reports").body();
            assertTrue(reports.contains("\"executionId\":" + executionId + ","), reports);
            assertFalse(reports.contains("\"executionId\":" + rerunId + ","), reports);
            browser.screenshot("auditor");
        }
        try (Browser browser = Browser.open(base, "admin", "admin-demo")) {
            browser.await(By.id("start-run"));
            browser.await(By.cssSelector("tr.run-row[data-execution-id='" + executionId + "'][data-status='COMPLETED']"));
            assertTrue(browser.driver().findElements(By.cssSelector("button.reverify")).isEmpty(),
                    "re-verification is the auditors'");
            // The administrator sets a year's error tolerance on the page (2060: ToleranceIT's accepted upload).
            browser.await(By.id("tolerance-year")).sendKeys("2060");
            browser.driver().findElement(By.id("tolerance-limit")).sendKeys("5");
            browser.driver().findElement(By.cssSelector("#tolerance-form button[type=submit]")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.id("tolerance-result"),
                            "2060: 5 refused records tolerated (set by admin)"));
            // ... and its submission deadline (a date field: set as the browser's own value, whatever its locale).
            browser.await(By.id("deadline-year")).sendKeys("2060");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('deadline-date').value = '2061-03-31';");
            browser.driver().findElement(By.cssSelector("#deadline-form button[type=submit]")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.id("deadline-result"),
                            "2060: due 2061-03-31 (America/Los_Angeles), set by admin"));
            // ... and publishes a new version of the certification statement.
            int before = Json.createReader(new java.io.StringReader(Http.get(Http.User.ADMIN, Http.api(base)
                    + "/certification-statement").body())).readObject().getInt("version");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                            By.id("statement-version"), "In force: version " + before));
            browser.driver().findElement(By.id("statement-text")).sendKeys(" (Reviewed on the page.)");
            browser.driver().findElement(By.id("statement-publish")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.id("statement-result"),
                            "Version " + (before + 1) + " is in force."));
            assertTrue(Json.createReader(new java.io.StringReader(Http.get(Http.User.POLA, Http.api(base)
                    + "/certification-statement").body())).readObject().getString("text")
                    .endsWith(" (Reviewed on the page.)"), "the ports read the new version");
            // ... and starts a run of 2040 again, on A4: its own report is on A4, the first run's stays on Letter
            browser.driver().findElement(By.id("start-year")).sendKeys(String.valueOf(RUN_YEAR));
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("start-paper")))
                    .selectByValue("a4");
            browser.driver().findElement(By.cssSelector("#start-run button[type=submit]")).click();
            String started = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(),
                    java.time.Duration.ofSeconds(20)).until(d -> {
                        String text = d.findElement(By.id("start-run-result")).getText();
                        return text.startsWith("Run ") ? text : null;
                    });
            long a4Run = Long.parseLong(started.substring(4, started.indexOf(' ', 4)));
            String status = "";
            for (int i = 0; i < 240 && !List.of("COMPLETED", "FAILED", "STOPPED").contains(status); i++) {
                Thread.sleep(500);
                status = Json.createReader(new java.io.StringReader(Http.get(Http.User.ADMIN, Http.api(base)
                        + "/runs/" + a4Run).body())).readObject().getString("status");
            }
            assertEquals("COMPLETED", status);
            assertEquals(java.util.Set.of("595x842"), PdfText.pageSizes(Http.getBytes(Http.User.BOARD,
                    Http.api(base) + "/reports/runs/" + a4Run + "/board.pdf").body()), "the paper chosen on the page");
            assertEquals(java.util.Set.of("612x792"), PdfText.pageSizes(Http.getBytes(Http.User.BOARD,
                    Http.api(base) + "/reports/runs/" + executionId + "/board.pdf").body()), "the default paper");
            browser.screenshot("admin");
        }
    }

    /**
     * Reporting year 2085 (used by no other test; the next, 2086, is POLA's only): the port's certifying official
     * certifies its draft on the page, reading the statement and giving their password again; the reviewer takes it
     * up, comments and accepts it there.
     */
    @Test
    @Order(5)
    void anOfficialCertifiesOnThePageAndAReviewerAcceptsThere() throws Exception {
        Browser.assumeInstalled();
        String versions = Http.api(base) + "/submissions/POLB/" + REVIEW_YEAR;
        HttpResponse<String> upload = Http.upload(Http.User.POLB, versions, "polb-" + REVIEW_YEAR + ".zip",
                Packages.zip(Packages.forYear(Packages.demo("POLB"), "POLB", REVIEW_YEAR)), Map.of());
        assertEquals(202, upload.statusCode(), upload.body());
        assertTrue(await(Http.User.POLB, versions, s -> !s.equals("RECEIVED")).startsWith("ACCEPTED"));
        By draft = By.cssSelector("#review-table tr[data-port='POLB'][data-version='1'][data-review-state='DRAFT']");
        try (Browser browser = Browser.open(base, "polb-official", "polb-official-demo")) {
            browser.await(By.id("review-year")).sendKeys(String.valueOf(REVIEW_YEAR));
            browser.driver().findElement(By.id("review-show")).click();
            browser.await(draft).findElement(By.cssSelector("button.certify")).click();
            WebElement statement = browser.await(By.id("certify-statement"));
            assertTrue(statement.getText().startsWith("I certify under penalty of law"), statement.getText());
            assertFalse(browser.driver().findElements(By.id("upload-form")).stream().anyMatch(WebElement::isDisplayed),
                    "the official certifies; uploading is the preparer's");
            browser.driver().findElement(By.id("certify-password")).sendKeys("polb-official-demo");
            browser.screenshot("official-certify");
            browser.driver().findElement(By.id("certify-button")).click();
            WebElement result = browser.await(By.cssSelector("#review-result .notice.ok"));
            assertTrue(result.getText().contains("Certified: POLB " + REVIEW_YEAR + " version 1 by polb-official"),
                    result.getText());
            assertTrue(result.getText().contains("Ed25519 signature verified"), result.getText());
            assertTrue(browser.driver().findElement(By.id("copy-of-record")).getAttribute("href")
                    .endsWith("/api/submissions/POLB/" + REVIEW_YEAR + "/1/certification/receipt.pdf"));
            browser.await(By.cssSelector("#review-table tr[data-version='1'][data-review-state='CERTIFIED']"));
            // The certified version's copy of record, and the port's dispute of it.
            browser.await(By.cssSelector("#certified-table tr[data-port='POLB'][data-version='1'] button.dispute"))
                    .click();
            browser.await(By.id("dispute-reason")).sendKeys("The received time is an hour off.");
            browser.driver().findElement(By.id("dispute-button")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                            By.id("review-result"), "Dispute sent: POLB " + REVIEW_YEAR + " version 1."));
            assertTrue(browser.driver().findElement(By.cssSelector(
                    "#certified-table tr[data-version='1'] a.copy-of-record")).getAttribute("href")
                    .endsWith("/1/certification/receipt.pdf"));
            browser.screenshot("official");
        }
        try (Browser browser = Browser.open(base, "reviewer", "reviewer-demo")) {
            browser.await(By.id("review-year")).sendKeys(String.valueOf(REVIEW_YEAR));
            browser.driver().findElement(By.id("review-show")).click();
            browser.await(By.cssSelector("#review-table tr[data-version='1'][data-review-state='CERTIFIED'] "
                    + "button.take-up")).click();
            browser.await(By.cssSelector("#review-table tr[data-version='1'][data-review-state='IN_REVIEW'] "
                    + "button.comments")).click();
            browser.await(By.id("comment-text")).sendKeys("Fleet figures checked against the 2024 inventory.");
            browser.driver().findElement(By.id("comment-button")).click();
            browser.await(By.cssSelector("#comments-list li[data-side='REGULATOR']"));
            assertTrue(browser.driver().findElement(By.cssSelector("#comments-list li[data-side='PORT']")).getText()
                    .contains("Dispute of the copy of record: The received time is an hour off."), "the dispute");
            browser.screenshot("reviewer");
            browser.driver().findElement(By.cssSelector(
                    "#review-table tr[data-version='1'][data-review-state='IN_REVIEW'] button.accept")).click();
            browser.await(By.id("review-empty"));
            assertTrue(browser.driver().findElement(By.id("review-result")).getText()
                    .contains("Accepted: POLB " + REVIEW_YEAR + " version 1"));
        }
        HttpResponse<String> version = Http.get(Http.User.BOARD, versions + "/1");
        assertEquals("ACCEPTED", Json.createReader(new java.io.StringReader(version.body())).readObject()
                .getString("reviewState"));
    }

    /** Both ports' 2040 packages uploaded over REST, then annual-verification for 2040 run to its end, once. */
    private long run2040() throws Exception {
        if (runExecutionId != null) {
            return runExecutionId;
        }
        for (Http.User user : new Http.User[] {Http.User.POLA, Http.User.POLB}) {
            String port = user.name();
            String url = Http.api(base) + "/submissions/" + port + "/" + RUN_YEAR;
            HttpResponse<String> upload = Http.upload(user, url, port.toLowerCase() + "-" + RUN_YEAR + ".zip",
                    Packages.zip(Packages.forYear(Packages.demo(port), port, RUN_YEAR)), Map.of());
            assertEquals(202, upload.statusCode(), upload.body());
            String status = await(user, url, s -> !s.equals("RECEIVED"));
            assertTrue(status.startsWith("ACCEPTED"), port + " " + status);
            Reviews.accept(Http.api(base), port, RUN_YEAR, 1);
        }
        HttpResponse<String> start = Http.post(Http.User.ADMIN, Http.api(base) + "/runs?reportingYear=" + RUN_YEAR);
        assertEquals(202, start.statusCode(), start.body());
        Matcher id = EXECUTION_ID.matcher(start.body());
        assertTrue(id.find(), start.body());
        long executionId = Long.parseLong(id.group(1));
        String status = await(Http.User.ADMIN, Http.api(base) + "/runs/" + executionId,
                s -> !s.equals("STARTING") && !s.equals("STARTED"));
        assertEquals("COMPLETED", status);
        runExecutionId = executionId;
        return executionId;
    }

    /** Polls a JSON resource until its first "status" passes {@code done}; returns that status. */
    private static String await(Http.User user, String url, java.util.function.Predicate<String> done)
            throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = Http.get(user, url);
            Matcher status = STATUS.matcher(response.body());
            if (response.statusCode() == 200 && status.find()) {
                last = status.group(1);
                if (done.test(last)) {
                    return last;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError(url + " still " + last + " after " + TIMEOUT);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
