package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

import jakarta.batch.runtime.BatchStatus;
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
import java.nio.file.Files;
import java.time.LocalDate;
import java.nio.file.Path;

import org.portverify.application.BoardReports;
import org.portverify.application.ComplianceReview;
import org.portverify.domain.agreement.AgreementRules;
import org.portverify.domain.agreement.compliance.ChargeKind;
import org.portverify.domain.agreement.compliance.ComplianceItem;
import org.portverify.domain.agreement.compliance.ComplianceStatus;
import org.portverify.domain.agreement.compliance.DefaultsLedger;
import org.portverify.domain.agreement.compliance.LedgerEntry;
import org.portverify.domain.model.Port;
import org.portverify.application.VerificationRuns;
import org.portverify.domain.metrics.Percentages;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.report.BoardReport;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionFile;
import org.portverify.domain.submission.SubmissionStatus;
import org.portverify.interfaces.batch.JobRuns;

/**
 * annual-verification on the bundled demo data (reporting year 2025), inside WildFly: the first run ingests every
 * record, a second run ingests nothing again and computes the same figures. The only test class using year 2025.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnualVerificationIT {

    private static final String BATCH = "portverify-batch-jobs";
    private static final String EJB = "portverify-ejb";

    /** 2 ports x 10 data years x 5 categories x 8 pollutants. */
    private static final long EMISSION_ROWS = 800;
    /** 2 ports x 10 data years. */
    private static final long THROUGHPUT_ROWS = 20;
    /** 2 ports x 13 milestones. */
    private static final long MILESTONE_ROWS = 26;
    /** 2 ports x 9 data years x CHE and HDV. */
    private static final long FLEET_ROWS = 36;
    private static final long RECORDS = EMISSION_ROWS + THROUGHPUT_ROWS + MILESTONE_ROWS + FLEET_ROWS;

    private static final String IN_2025 =
            " where submissionId in (select s.id from Submission s where s.reportingYear = 2025)";

    /** The execution of the first test, which the second compares with. */
    private static long firstExecution;

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(AnnualVerificationIT.class, Packages.class);
    }

    @Test
    @Order(1)
    void firstRunIngestsEveryDemoRecordAndComputesThePublishedReductions() throws Exception {
        long executionId = Runs.lookup(BATCH, JobRuns.class).start("2025", null);
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(executionId).getBatchStatus());
        firstExecution = executionId;

        assertEquals("POLA=NEW_VERSION,POLB=NEW_VERSION", Runs.stepExitStatus(executionId, "register-submissions"));
        Map<String, Long> ingest = Runs.stepMetrics(executionId, "ingest-records");
        assertEquals(RECORDS, ingest.get("READ_COUNT"));
        assertEquals(RECORDS, ingest.get("WRITE_COUNT"));
        assertEquals(0L, ingest.get("PROCESS_SKIP_COUNT"));
        assertEquals(0L, ingest.get("ROLLBACK_COUNT"));
        // 882 records at item-count 100: eight full chunks and one of 82.
        assertEquals(9L, ingest.get("COMMIT_COUNT"));

        assertEquals(EMISSION_ROWS, count("select count(f) from InventoryFigure f" + IN_2025));
        assertEquals(THROUGHPUT_ROWS, count("select count(t) from Throughput t" + IN_2025));
        assertEquals(MILESTONE_ROWS, count("select count(m) from Milestone m" + IN_2025));
        assertEquals(FLEET_ROWS, count("select count(f) from FleetFigure f" + IN_2025));
        List<Submission> inputs = Runs.lookup(EJB, VerificationRuns.class).inputs(executionId);
        assertEquals(2, inputs.size());
        inputs.forEach(s -> assertEquals(SubmissionStatus.ACCEPTED, s.getStatus()));

        List<ReductionMetric> metrics = Runs.lookup(EJB, VerificationRuns.class).metrics(executionId);
        // POLA 2024, demo totals (demo-data/README.md): DPM 900 -> 88.652 short tons, TEU 7,484,624 -> 10,296,000.
        ReductionMetric dpm = total(metrics, Scope.POLA, Pollutant.DPM, 2024);
        assertEquals(0, new BigDecimal("900").compareTo(dpm.getBaselineTons()));
        assertEquals(0, new BigDecimal("88.652").compareTo(dpm.getTons()));
        // (900 - 88.652) / 900 = 811.348 / 900 = 0.901497777...
        assertEquals(0, new BigDecimal("811.348").divide(new BigDecimal("900"), MathContext.DECIMAL64)
                .compareTo(dpm.getReduction().round(MathContext.DECIMAL64)));
        // The published POLA 2024 headline: DPM -90%, -93% per 10,000 TEU; NOx -73%/-81%; SOx -98%/-99%;
        // GHG -18%/-40%.
        assertHeadline(metrics, Scope.POLA, 2024, Pollutant.DPM, "-90%", "-93%");
        assertHeadline(metrics, Scope.POLA, 2024, Pollutant.NOX, "-73%", "-81%");
        assertHeadline(metrics, Scope.POLA, 2024, Pollutant.SOX, "-98%", "-99%");
        assertHeadline(metrics, Scope.POLA, 2024, Pollutant.CO2E, "-18%", "-40%");
        assertHeadline(metrics, Scope.POLB, 2024, Pollutant.DPM, "-90%", null);
        assertHeadline(metrics, Scope.POLB, 2024, Pollutant.NOX, "-68%", null);
        assertHeadline(metrics, Scope.POLB, 2023, Pollutant.NOX, "-71%", null);
        assertHeadline(metrics, Scope.POLB, 2023, Pollutant.CO2E, "-17%", null);
        assertHeadline(metrics, Scope.SAN_PEDRO_BAY, 2024, Pollutant.DPM, "-90%", null);
        assertHeadline(metrics, Scope.SAN_PEDRO_BAY, 2024, Pollutant.NOX, "-70%", null);
        assertHeadline(metrics, Scope.SAN_PEDRO_BAY, 2024, Pollutant.SOX, "-98%", null);
        assertHeadline(metrics, Scope.SAN_PEDRO_BAY, 2024, Pollutant.CO2E, "-10%", null);
        // San Pedro Bay is the sum of both ports.
        ReductionMetric spb = total(metrics, Scope.SAN_PEDRO_BAY, Pollutant.NOX, 2024);
        assertEquals(0, total(metrics, Scope.POLA, Pollutant.NOX, 2024).getTons()
                .add(total(metrics, Scope.POLB, Pollutant.NOX, 2024).getTons()).compareTo(spb.getTons()));
        assertEquals(10_296_000L + 9_649_724L, spb.getTeu());

        BoardReport report = Runs.lookup(EJB, BoardReports.class).forExecution(executionId);
        String text = PdfText.of(report.getPdf());
        assertTrue(text.contains("Governing Board Report"), text);
        assertTrue(text.contains("2025-12-31"), "as-of date on the cover");
        // Trend row of POLA's data year 2024: DPM, NOx, SOx, PM2.5, CO2e.
        assertTrue(text.contains("2024 -90% -73% -98% -90% -18%"), text);
        for (Submission input : inputs) {
            for (SubmissionFile file : input.getFiles()) {
                assertTrue(text.contains(file.sha256()), "digest of " + input.getPort() + " " + file.fileName());
            }
        }
        assertTrue(text.contains("No record was refused."), text);
        assertEquals(report.getPdf().length, report.getSizeBytes());

        // Compliance as of 2025-12-31: POLB-P1-01 (within POLB's control, due 2025-12-15) is not completed: one
        // default, first charge $50,000. POLA met everything; POLB-P1-02 is excused.
        assertEquals("DEFAULTS_CHARGED=1", Runs.stepExitStatus(executionId, "evaluate-compliance"));
        ComplianceReview compliance = Runs.lookup(EJB, ComplianceReview.class);
        assertEquals(new BigDecimal("0.00"), compliance.ledger().total(Port.POLA));
        assertEquals(new BigDecimal("50000.00"), compliance.ledger().total(Port.POLB, 2025));
        LedgerEntry charge = compliance.ledger().entries().get(0);
        assertEquals("MILESTONE:POLB-P1-01", charge.ruleKey());
        assertEquals(ChargeKind.FIRST, charge.kind());
        assertEquals(executionId, charge.runId());
        assertEquals(ComplianceStatus.EXCUSED, status(compliance.statuses(executionId, Port.POLB), "POLB-P1-02"));
        assertEquals("CA-2025.1", Runs.lookup(EJB, VerificationRuns.class).run(executionId).getRulesVersion());
        // The version the migration loaded is the published facts with the assumed schedule.
        assertEquals(AgreementRules.defaults(), compliance.rules(LocalDate.of(2025, 12, 31)).orElseThrow());
        assertTrue(compliance.rules(LocalDate.of(2025, 11, 6)).isEmpty(), "not in force before its approval");
        // ... and the Board report shows them: the status table, the charge and the fund's total.
        assertTrue(text.contains("Rules version CA-2025.1"), text);
        assertTrue(text.contains("POLB-P1-01"), text);
        assertTrue(text.contains("Clean Air Mitigation Fund (both ports) $50,000 $50,000"), text);
        // ... and the rest of the Board report: summary, standards, OGV, data quality with each package's digest.
        assertTrue(text.contains("Executive summary"), text);
        assertTrue(text.contains("2023 San Pedro Bay standard: NOx 59%"), text);
        assertTrue(text.contains("6. Ocean-going vessels"), text);
        assertTrue(text.contains("8. Data quality"), text);
        for (Submission input : inputs) {
            assertTrue(text.contains("Package SHA-256 " + input.getPackageSha256()), "package of " + input.getPort());
        }
        assertTrue(text.contains("Page 1 of "), text);
    }

    @Test
    @Order(2)
    void rerunIngestsNothingTwiceAndReproducesTheFigures() throws Exception {
        JobRuns jobRuns = Runs.lookup(BATCH, JobRuns.class);
        long first = firstExecution;
        long second = jobRuns.start("2025", null);
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(second).getBatchStatus());

        assertEquals("POLA=UNCHANGED,POLB=UNCHANGED", Runs.stepExitStatus(second, "register-submissions"));
        Map<String, Long> ingest = Runs.stepMetrics(second, "ingest-records");
        assertEquals(0L, ingest.get("READ_COUNT"));
        assertEquals(0L, ingest.get("WRITE_COUNT"));
        assertEquals(EMISSION_ROWS, count("select count(f) from InventoryFigure f" + IN_2025));
        assertEquals(2L, count("select count(s) from Submission s where s.reportingYear = 2025"));

        BoardReports reports = Runs.lookup(EJB, BoardReports.class);
        assertEquals(reports.forExecution(first).getDataSha256(), reports.forExecution(second).getDataSha256());
        // The same default seen by a second run of the same year is not charged again.
        assertEquals("DEFAULTS_CHARGED=0", Runs.stepExitStatus(second, "evaluate-compliance"));
        assertEquals(new BigDecimal("50000.00"), Runs.lookup(EJB, ComplianceReview.class).ledger().total());
        assertEquals(second, reports.latest(2025).getExecutionId());
        assertNotEquals(first, second);
        assertTrue(jobRuns.list().stream().anyMatch(r -> r.executionId() == first), "history keeps the first run");
    }

    @Test
    @Order(3)
    @RunAsClient
    void theYearsReportDownloadsAsAPdfNamedWithTheYear(@ArquillianResource URL base) throws Exception {
        HttpResponse<byte[]> pdf = Http.getBytes(Http.User.BOARD, Http.api(base) + "/reports/2025/board.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("")
                .contains("filename=\"portverify-board-report-2025.pdf\""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        HttpResponse<String> runs = Http.get(Http.User.AUDITOR, Http.api(base) + "/runs");
        assertEquals(200, runs.statusCode());
        String executionId = pdf.headers().firstValue("X-PortVerify-Execution-Id").orElseThrow();
        assertTrue(runs.body().contains("\"executionId\":" + executionId), runs.body());

        HttpResponse<String> status = Http.get(Http.User.AUDITOR, Http.api(base) + "/runs/" + executionId);
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"status\":\"COMPLETED\""), status.body());
        assertTrue(status.body().contains("\"name\":\"ingest-records\""), status.body());
        assertTrue(status.body().contains("\"READ_COUNT\":0"), "the rerun read nothing: " + status.body());

        // The run's metrics as CSV, unrounded: POLA's 2024 DPM total, 900 -> 88.652 short tons, r = 811.348 / 900.
        HttpResponse<String> csv = Http.get(Http.User.AUDITOR, Http.api(base) + "/progress/" + executionId
                + "/metrics.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("\nPOLA,ALL,DPM,2024,short_tons,88.652,900,0.9014977777"), csv.body());
        // San Pedro Bay met the 2023 DPM standard (77 %): both ports cut DPM by about 91 % by 2023.
        HttpResponse<String> standards = Http.get(Http.User.BOARD, Http.api(base) + "/progress/" + executionId
                + "/standards");
        assertEquals(200, standards.statusCode());
        assertTrue(standards.body().contains("\"status\":\"MET\""), standards.body());
        // POLA's CHE in 2025: 404 of 2,020 units zero-emission, 20 % of the way to the 2030 goal.
        HttpResponse<String> zeroEmission = Http.get(Http.User.AUDITOR, Http.api(base) + "/progress/" + executionId
                + "/zero-emission");
        assertEquals(200, zeroEmission.statusCode());
        assertTrue(zeroEmission.body().contains("\"totalUnits\":2020"), zeroEmission.body());
        assertTrue(zeroEmission.body().contains("\"zeUnits\":404"), zeroEmission.body());
        // San Pedro Bay NOx tons fall year after year: a fitted trend with a negative slope.
        HttpResponse<String> trend = Http.get(Http.User.AUDITOR, Http.api(base) + "/progress/" + executionId
                + "/trend?scope=SAN_PEDRO_BAY&pollutant=NOx");
        assertEquals(200, trend.statusCode(), trend.body());
        assertTrue(trend.body().contains("\"status\":\"FITTED\""), trend.body());
        assertTrue(trend.body().contains("\"slope\":-"), trend.body());
        assertEquals(400, Http.get(Http.User.AUDITOR, Http.api(base) + "/progress/" + executionId
                + "/trend?scope=MARS&pollutant=NOx").statusCode());
    }

    /**
     * Reporting years 2026 to 2029: the demo packages refiled each year with the milestones of
     * ejb/src/test/resources/compliance-scenario (docs/agreement-rules.md). POLB-P1-01 stays open until 2028-02-15,
     * so it is charged again each year it continues, escalating by the assumed schedule: $50,000 (2025), $100,000
     * (2026), $150,000 (2027); completed late in 2028 it is cured and charged no more. POLA owes nothing.
     */
    @Test
    @Order(4)
    void runsThrough2029ChargeTheContinuingDefaultOncePerYearEscalating() throws Exception {
        Path root = Files.createTempDirectory("portverify-compliance");
        Path scenario = Path.of(System.getProperty("portverify.compliance.scenario.dir"));
        JobRuns jobRuns = Runs.lookup(BATCH, JobRuns.class);
        ComplianceReview compliance = Runs.lookup(EJB, ComplianceReview.class);
        Map<Integer, String> expectedPolb = Map.of(2026, "100000.00", 2027, "150000.00", 2028, "0.00",
                2029, "0.00");
        for (int year = 2026; year <= 2029; year++) {
            for (String port : List.of("POLA", "POLB")) {
                Map<String, String> files = Packages.forYear(Packages.demo(port), port, year);
                files.put("milestones.csv", Files.readString(scenario.resolve(year + "/" + port + "/milestones.csv")));
                Path folder = Files.createDirectories(root.resolve(year + "/" + port));
                for (Map.Entry<String, String> file : files.entrySet()) {
                    Files.writeString(folder.resolve(file.getKey()), file.getValue());
                }
            }
            long executionId = jobRuns.start(String.valueOf(year), null, root.toString());
            assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(executionId).getBatchStatus(), "run " + year);
            DefaultsLedger ledger = compliance.ledger();
            assertEquals(new BigDecimal("0.00"), ledger.total(Port.POLA, year), "POLA " + year);
            assertEquals(new BigDecimal(expectedPolb.get(year)), ledger.total(Port.POLB, year), "POLB " + year);
        }
        DefaultsLedger ledger = compliance.ledger();
        // 50,000 + 100,000 + 150,000: the Clean Air Mitigation Fund's total over the five reporting years.
        assertEquals(new BigDecimal("300000.00"), ledger.total(Port.POLB));
        assertEquals(new BigDecimal("300000.00"), ledger.total());
        assertEquals(List.of(ChargeKind.FIRST, ChargeKind.CONTINUING, ChargeKind.CONTINUING),
                ledger.entries().stream().map(LedgerEntry::kind).toList());
        long last = compliance.latestRun(2029).orElseThrow();
        assertEquals(ComplianceStatus.COMPLETED_LATE, status(compliance.statuses(last, Port.POLB), "POLB-P1-01"));
    }

    private static ComplianceStatus status(List<ComplianceItem> items, String milestoneId) {
        return items.stream().filter(i -> milestoneId.equals(i.milestoneId())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + milestoneId)).status();
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private static ReductionMetric total(List<ReductionMetric> metrics, Scope scope, Pollutant pollutant, int year) {
        return metrics.stream()
                .filter(m -> m.getScope() == scope && m.getCategory() == null && m.getPollutant() == pollutant
                        && m.getDataYear() == year)
                .findFirst().orElseThrow(() -> new AssertionError("no " + scope + " " + pollutant + " " + year));
    }

    private static void assertHeadline(List<ReductionMetric> metrics, Scope scope, int year, Pollutant pollutant,
                                       String change, String changePer10kTeu) {
        ReductionMetric metric = total(metrics, scope, pollutant, year);
        assertNull(metric.getReductionIssue());
        assertEquals(change, Percentages.change(metric.getReduction().negate()), scope + " " + pollutant);
        if (changePer10kTeu != null) {
            assertEquals(changePer10kTeu, metric.displayEfficiencyChange(), scope + " " + pollutant + " per TEU");
        }
    }
}
