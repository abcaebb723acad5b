package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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

import org.portverify.interfaces.batch.RunHistory;
import org.portverify.domain.verification.CheckedClaim;
import org.portverify.domain.verification.ClaimOutcome;
import org.portverify.domain.run.RunSettings;
import org.portverify.application.AnnualVerifications;
import org.portverify.application.AuditTrail;
import org.portverify.application.BoardReports;
import org.portverify.application.CaapProgress;
import org.portverify.application.ComplianceReview;
import org.portverify.application.ProgressInputs;
import org.portverify.application.PageRequest;
import org.portverify.application.ProgressReview;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.metrics.goals.CaapTarget;
import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.goals.ZeroEmissionShare;
import org.portverify.domain.metrics.progress.SeriesTrend;
import org.portverify.domain.metrics.progress.TrendMeasure;
import org.portverify.domain.metrics.qa.FlagLevel;
import org.portverify.domain.metrics.qa.QaFlag;
import org.portverify.domain.metrics.trend.TrendMethod;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.agreement.AgreementRules;
import org.portverify.domain.agreement.compliance.ChargeKind;
import org.portverify.domain.agreement.compliance.ComplianceItem;
import org.portverify.domain.agreement.compliance.ComplianceStatus;
import org.portverify.domain.agreement.compliance.DefaultsLedger;
import org.portverify.domain.agreement.compliance.LedgerEntry;
import org.portverify.domain.model.Port;
import org.portverify.application.VerificationOpinions;
import org.portverify.application.VerificationRuns;
import org.portverify.domain.metrics.Percentages;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.report.BoardReport;
import org.portverify.domain.audit.AuditEntry;
import org.portverify.domain.submission.ReviewState;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionFile;
import org.portverify.domain.submission.SubmissionStatus;

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
    /** POLA's 8 headlines and POLB's 7, and San Pedro Bay's 4 in each (demo-data/README.md). */
    private static final long CLAIM_ROWS = 8 + 7 + 2 * 4;
    private static final long RECORDS = EMISSION_ROWS + THROUGHPUT_ROWS + MILESTONE_ROWS + FLEET_ROWS + CLAIM_ROWS;

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
        long executionId = Runs.lookup(EJB, AnnualVerifications.class).start("admin",
                RunSettings.Request.forYear(2025));
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(executionId).getBatchStatus());
        firstExecution = executionId;

        assertEquals("POLA=NEW_VERSION,POLB=NEW_VERSION", Runs.stepExitStatus(executionId, "register-submissions"));
        Map<String, Long> ingest = Runs.stepMetrics(executionId, "ingest-records");
        assertEquals(RECORDS, ingest.get("READ_COUNT"));
        assertEquals(RECORDS, ingest.get("WRITE_COUNT"));
        assertEquals(0L, ingest.get("FILTER_COUNT"));
        assertEquals(0L, ingest.get("ROLLBACK_COUNT"));
        // 905 records at the default item-count, 1,000: one chunk.
        assertEquals(1L, ingest.get("COMMIT_COUNT"));

        assertEquals(EMISSION_ROWS, count("select count(f) from InventoryFigure f" + IN_2025));
        assertEquals(THROUGHPUT_ROWS, count("select count(t) from Throughput t" + IN_2025));
        assertEquals(MILESTONE_ROWS, count("select count(m) from Milestone m" + IN_2025));
        assertEquals(FLEET_ROWS, count("select count(f) from FleetFigure f" + IN_2025));
        assertEquals(CLAIM_ROWS, count("select count(c) from ClaimedFigure c" + IN_2025));
        List<Submission> inputs = Runs.lookup(EJB, VerificationRuns.class).inputs(executionId);
        assertEquals(2, inputs.size());
        inputs.forEach(s -> assertEquals(SubmissionStatus.ACCEPTED, s.getStatus()));
        inputs.forEach(s -> assertEquals(ReviewState.FILED, s.getReviewState(), "the regulator's folder intake"));
        List<String> filed = Runs.lookup(EJB, AuditTrail.class).page(PageRequest.of("0", "1000")).stream()
                .filter(e -> e.getAction().equals("SUBMISSION_FILED")).map(AuditEntry::getObjectId).toList();
        inputs.forEach(s -> assertTrue(filed.contains(String.valueOf(s.getId())), "filed on the audit trail"));

        List<ReductionMetric> metrics = Runs.lookup(EJB, VerificationRuns.class).metrics(executionId);
        // Every demo claim is the published headline, which the demo figures reproduce: all confirmed, both verified.
        List<CheckedClaim> claims = Runs.lookup(EJB, VerificationOpinions.class).checkedClaims(executionId);
        assertEquals(CLAIM_ROWS, claims.size());
        claims.forEach(c -> assertEquals(ClaimOutcome.CONFIRMED, c.getOutcome(), c.claim().subject()));
        assertEquals("POLA=VERIFIED POLB=VERIFIED", Runs.stepExitStatus(executionId, "form-opinions"));
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
        assertTrue(text.contains("Nothing was refused: no record and no package error."), text);
        assertTrue(text.replaceAll("\\s+", " ").contains("CSV folder, filed by the regulator"), "the folder intake");
        assertEquals(report.getPdf().length, report.getSizeBytes());

        // Compliance as of 2025-12-31: POLB-P1-01 (within POLB's control, due 2025-12-15) is not completed: one
        // default, first charge $50,000. POLA met everything; POLB-P1-02 is excused.
        assertEquals("DEFAULTS_CHARGED=1", Runs.stepExitStatus(executionId, "evaluate-compliance"));
        ComplianceReview compliance = Runs.lookup(EJB, ComplianceReview.class);
        // The ledger is the server's, other tests' years included: this test reads its own years only.
        assertEquals(new BigDecimal("0.00"), compliance.ledger().total(Port.POLA, 2025));
        assertEquals(new BigDecimal("50000.00"), compliance.ledger().total(Port.POLB, 2025));
        LedgerEntry charge = compliance.ledger().entries().stream().filter(e -> e.reportingYear() == 2025)
                .findFirst().orElseThrow();
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

        assertStoredProgress(executionId, metrics);
    }

    /**
     * What compute-metrics stored for the demo run (defaults: no 1990 GHG reference, trend window 2017-2025, 1%
     * baseline tolerance, no 2024 edition to compare with): 24 standards (6 San Pedro Bay standards and 2 GHG goals x
     * 3 scopes, each on its target year and the latest year), 24 trends (3 scopes x DPM, NOx, SOx, CO2e x tons and
     * tons per 10,000 TEU), 121 QA flags (75 year-over-year outliers, 46 rises since 2005), 54 zero-emission shares
     * (2 ports and San Pedro Bay x CHE and HDV x 9 years).
     */
    private void assertStoredProgress(long executionId, List<ReductionMetric> metrics) {
        // 3 scopes x (total + 5 categories) x 8 pollutants x 10 data years = 1440 metrics
        assertEquals(1440, metrics.size());
        assertEquals("METRICS=1440,STANDARDS=24,TRENDS=24,QA_FLAGS=121,ZERO_EMISSION=54",
                Runs.stepExitStatus(executionId, "compute-metrics"));
        assertEquals(24L, countFor("StandardProgressRecord", executionId));
        assertEquals(24L, countFor("SeriesTrendRecord", executionId));
        assertEquals(121L, countFor("QaFlagRecord", executionId));
        assertEquals(54L, countFor("ZeroEmissionShareRecord", executionId));

        ProgressReview progress = Runs.lookup(EJB, ProgressReview.class);
        ProgressInputs inputs = progress.inputs(executionId);
        assertEquals("2017-2025", inputs.trendWindow());
        assertEquals(0, new BigDecimal("0.01").compareTo(inputs.baselineTolerance()));
        assertNull(inputs.ghgReference1990());
        assertEquals(Map.of(), inputs.previousEditions());

        // San Pedro Bay NOx, 2023 standard (59 % below 2005) in 2023: 34800 -> 9852 short tons is 24948/34800 =
        // 2079/2900 = 71.69 %, met by 2079/2900 - 0.59 = 368/29 = 12.69 points.
        StandardProgress nox2023 = progress.standards(executionId).stream()
                .filter(s -> s.target() == CaapTarget.STANDARD_2023_NOX && s.basis() == StandardProgress.Basis.TARGET_YEAR)
                .findFirst().orElseThrow();
        assertEquals(StandardProgress.Status.MET, nox2023.status());
        assertEquals(0, new BigDecimal(368).divide(new BigDecimal(29), 18, RoundingMode.HALF_EVEN)
                .compareTo(nox2023.marginPoints()));
        // without a 1990 reference the GHG goals say so: NO_REFERENCE, PV-3010
        assertTrue(progress.standards(executionId).stream().filter(s -> s.target().isGreenhouseGasGoal())
                .allMatch(s -> s.status() == StandardProgress.Status.NO_REFERENCE && "PV-3010".equals(s.issue())));

        // San Pedro Bay NOx tons 2017-2025: no outlier year, least squares; slope = Sxy / Sxx with Sxx = 60.
        SeriesTrend nox = progress.seriesTrend(executionId, Scope.SAN_PEDRO_BAY, null, Pollutant.NOX,
                TrendMeasure.TONS);
        assertEquals(TrendMethod.ORDINARY_LEAST_SQUARES, nox.trend().method());
        assertEquals(9, nox.trend().points().size());
        List<ReductionMetric> rows = metrics.stream().filter(m -> m.getScope() == Scope.SAN_PEDRO_BAY
                && m.getCategory() == null && m.getPollutant() == Pollutant.NOX && m.getDataYear() >= 2017).toList();
        BigDecimal meanTons = rows.stream().map(ReductionMetric::getTons).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(9), MathContext.DECIMAL128);
        BigDecimal sxy = BigDecimal.ZERO;
        for (ReductionMetric m : rows) {
            sxy = sxy.add(BigDecimal.valueOf(m.getDataYear() - 2021L).multiply(m.getTons().subtract(meanTons)));
        }
        double slope = sxy.divide(BigDecimal.valueOf(60), MathContext.DECIMAL128).doubleValue();
        assertEquals(slope, nox.trend().line().slope(), Math.abs(slope) * 1e-12);
        // its goal is the 2023 standard's level, 0.41 x 34800 = 14268 tons, already met in 2025
        assertEquals(14268.0, nox.goalValue(), 1e-9);
        assertEquals("met in 2025", nox.describeProjection());
        // POLA NOx tons: 2021 is an outlier year, so Theil-Sen, and the reason says so
        SeriesTrend polaNox = progress.seriesTrend(executionId, Scope.POLA, null, Pollutant.NOX, TrendMeasure.TONS);
        assertEquals(TrendMethod.THEIL_SEN, polaNox.trend().method());
        assertEquals(List.of(2021), polaNox.trend().outlierYears());
        assertTrue(polaNox.methodReason().startsWith("Theil-Sen: outlier year(s) 2021"), polaNox.methodReason());

        // POLA DPM total rose from 95 to 100 short tons in 2021 (+1/19 = +5.26 %), an outlier among its changes
        QaFlag dpm2021 = progress.qaFlags(executionId).stream().filter(f -> f.scope() == Scope.POLA
                && f.category() == null && f.pollutant() == Pollutant.DPM && f.dataYear() == 2021).findFirst()
                .orElseThrow();
        assertEquals(ErrorCode.QA_YEAR_OVER_YEAR_OUTLIER, dpm2021.code());
        assertEquals(FlagLevel.WARNING, dpm2021.level());
        assertEquals(0, new BigDecimal("0.052631578947368421053").compareTo(dpm2021.value()));

        // POLA CHE 2025: 404 of 2,020 units zero-emission, 20 %
        ZeroEmissionShare che = progress.zeroEmissionShares(executionId).stream().filter(z -> z.scope() == Scope.POLA
                && z.category() == SourceCategory.CHE && z.dataYear() == 2025).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("0.2").compareTo(che.share()));

        // Computing again replaces the rows with identical ones: same values, same count
        List<StandardProgress> standards = progress.standards(executionId);
        List<SeriesTrend> trends = progress.trends(executionId);
        List<QaFlag> flags = progress.qaFlags(executionId);
        List<ZeroEmissionShare> shares = progress.zeroEmissionShares(executionId);
        Runs.lookup(EJB, CaapProgress.class).compute(executionId);
        assertEquals(standards, progress.standards(executionId));
        assertEquals(trends, progress.trends(executionId));
        assertEquals(flags, progress.qaFlags(executionId));
        assertEquals(shares, progress.zeroEmissionShares(executionId));
        assertEquals(24L, countFor("SeriesTrendRecord", executionId));
    }

    private long countFor(String entity, long executionId) {
        return em.createQuery("select count(r) from " + entity + " r where r.executionId = :id", Long.class)
                .setParameter("id", executionId).getSingleResult();
    }

    @Test
    @Order(2)
    void rerunIngestsNothingTwiceAndReproducesTheFigures() throws Exception {
        long first = firstExecution;
        long second = Runs.lookup(EJB, AnnualVerifications.class).start("admin", RunSettings.Request.forYear(2025));
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(second).getBatchStatus());

        assertEquals("POLA=UNCHANGED,POLB=UNCHANGED", Runs.stepExitStatus(second, "register-submissions"));
        Map<String, Long> ingest = Runs.stepMetrics(second, "ingest-records");
        assertEquals(0L, ingest.get("READ_COUNT"));
        assertEquals(0L, ingest.get("WRITE_COUNT"));
        assertEquals(EMISSION_ROWS, count("select count(f) from InventoryFigure f" + IN_2025));
        assertEquals(2L, count("select count(s) from Submission s where s.reportingYear = 2025"));

        BoardReports reports = Runs.lookup(EJB, BoardReports.class);
        assertEquals(reports.forExecution(first).getDataSha256(), reports.forExecution(second).getDataSha256());
        // Rendering a run's report again from what it stored gives the very same bytes (no clock, no random id).
        BoardReport stored = reports.forExecution(second);
        BoardReport again = reports.render(second);
        assertEquals(stored.getPdfSha256(), again.getPdfSha256());
        assertArrayEquals(stored.getPdf(), again.getPdf());
        // ...and the same stored progress, row for row
        ProgressReview progress = Runs.lookup(EJB, ProgressReview.class);
        assertEquals(progress.standards(first), progress.standards(second));
        assertEquals(progress.trends(first), progress.trends(second));
        assertEquals(progress.qaFlags(first), progress.qaFlags(second));
        assertEquals(progress.zeroEmissionShares(first), progress.zeroEmissionShares(second));
        // The same default seen by a second run of the same year is not charged again.
        assertEquals("DEFAULTS_CHARGED=0", Runs.stepExitStatus(second, "evaluate-compliance"));
        assertEquals(new BigDecimal("50000.00"), Runs.lookup(EJB, ComplianceReview.class).ledger().total(2025));
        assertEquals(second, reports.latest(2025).getExecutionId());
        assertNotEquals(first, second);
        assertTrue(Runs.lookup(BATCH, RunHistory.class).list().stream().anyMatch(r -> r.executionId() == first), "history keeps the first run");
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

        // The stored progress as CSV: 368/29 points above the 2023 NOx standard; POLA DPM's 2021 jump (+1/19)
        HttpResponse<String> standardsCsv = Http.get(Http.User.AUDITOR, Http.api(base) + "/progress/" + executionId
                + "/standards.csv");
        assertEquals(200, standardsCsv.statusCode());
        assertTrue(standardsCsv.body().startsWith("target,label,scope,basis,data_year,status,reduction,margin_points"),
                standardsCsv.body());
        assertTrue(standardsCsv.body().contains("\nSTANDARD_2023_NOX,2023 San Pedro Bay standard: NOx 59% below 2005,"
                + "SAN_PEDRO_BAY,TARGET_YEAR,2023,MET,0.71689655172413793103,12.689655172413793103,"), standardsCsv.body());
        assertTrue(standardsCsv.body().contains(",NO_REFERENCE,,,PV-3010"), standardsCsv.body());
        HttpResponse<String> flagsCsv = Http.get(Http.User.BOARD, Http.api(base) + "/progress/" + executionId
                + "/qa-flags.csv");
        assertEquals(200, flagsCsv.statusCode());
        assertTrue(flagsCsv.body().contains("\nWARNING,PV-3050,POLA,ALL,DPM,2021,0.052631578947368421053,Port of Los"),
                flagsCsv.body());
        HttpResponse<String> trendsCsv = Http.get(Http.User.AUDITOR, Http.api(base) + "/progress/" + executionId
                + "/trends.csv");
        assertEquals(200, trendsCsv.statusCode());
        assertTrue(trendsCsv.body().contains("\nSAN_PEDRO_BAY,ALL,NOx,TONS,short tons,FITTED,,9,ORDINARY_LEAST_SQUARES,"),
                trendsCsv.body());
        assertEquals(25, trendsCsv.body().split("\r\n").length, "header and 24 trends");
        HttpResponse<String> trends = Http.get(Http.User.AUDITOR, Http.api(base) + "/progress/" + executionId
                + "/trends");
        assertEquals(200, trends.statusCode());
        assertTrue(trends.body().contains("\"measure\":\"TONS_PER_10K_TEU\""), trends.body());
        assertEquals(200, Http.get(Http.User.AUDITOR, Http.api(base) + "/progress/" + executionId
                + "/zero-emission.csv").statusCode());
        HttpResponse<String> inputs = Http.get(Http.User.AUDITOR, Http.api(base) + "/progress/" + executionId
                + "/inputs");
        assertEquals(200, inputs.statusCode());
        assertTrue(inputs.body().contains("\"trendWindow\":\"2017-2025\""), inputs.body());
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
        AnnualVerifications verifications = Runs.lookup(EJB, AnnualVerifications.class);
        ComplianceReview compliance = Runs.lookup(EJB, ComplianceReview.class);
        Map<Integer, String> expectedPolb = Map.of(2026, "100000.00", 2027, "150000.00", 2028, "0.00",
                2029, "0.00");
        for (int year = 2026; year <= 2029; year++) {
            for (String port : List.of("POLA", "POLB")) {
                Map<String, String> files = Packages.forYear(Packages.demo(port), port, year);
                files.put("milestones.csv", Files.readString(scenario.resolve(year + "/" + port + "/milestones.csv")));
                if (year == 2027 && port.equals("POLA")) {
                    // the 2027 edition restates POLA's OGV NOx 2005 baseline by +5 % (checked in test 5)
                    files.put("emissions.csv", files.get("emissions.csv").replace("\n2005,OGV,,NOx,7200.000,",
                            "\n2005,OGV,,NOx,7560.000,"));
                }
                Path folder = Files.createDirectories(root.resolve(year + "/" + port));
                for (Map.Entry<String, String> file : files.entrySet()) {
                    Files.writeString(folder.resolve(file.getKey()), file.getValue());
                }
            }
            long executionId = verifications.start("admin", RunSettings.Request.forYear(year)
                    .withSubmissionsDir(root.toString()));
            assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(executionId).getBatchStatus(), "run " + year);
            DefaultsLedger ledger = compliance.ledger();
            assertEquals(new BigDecimal("0.00"), ledger.total(Port.POLA, year), "POLA " + year);
            assertEquals(new BigDecimal(expectedPolb.get(year)), ledger.total(Port.POLB, year), "POLB " + year);
        }
        // The ledger of the five reporting years (other tests' years left out).
        DefaultsLedger ledger = DefaultsLedger.of(compliance.ledger().entries().stream()
                .filter(e -> e.reportingYear() >= 2025 && e.reportingYear() <= 2029).toList());
        // 50,000 + 100,000 + 150,000: the Clean Air Mitigation Fund's total over the five reporting years.
        assertEquals(new BigDecimal("300000.00"), ledger.total(Port.POLB));
        assertEquals(new BigDecimal("300000.00"), ledger.total());
        assertEquals(List.of(ChargeKind.FIRST, ChargeKind.CONTINUING, ChargeKind.CONTINUING),
                ledger.entries().stream().map(LedgerEntry::kind).toList());
        long last = compliance.latestRun(2029).orElseThrow();
        assertEquals(ComplianceStatus.COMPLETED_LATE, status(compliance.statuses(last, Port.POLB), "POLB-P1-01"));
    }

    /**
     * The moved-baseline flag compares each port's pinned edition with its previous one (the accepted submission of
     * the previous reporting year): 2026 with 2025 (same figures: no flag), 2027 with 2026, where POLA's OGV NOx 2005
     * went from 7,200 to 7,560 short tons, +360 / 7,200 = +5 % (beyond 1 %), flagged for OGV and for the total.
     */
    @Test
    @Order(5)
    void theMovedBaselineIsComparedWithThePreviousEdition() {
        ComplianceReview compliance = Runs.lookup(EJB, ComplianceReview.class);
        ProgressReview progress = Runs.lookup(EJB, ProgressReview.class);
        long run2026 = compliance.latestRun(2026).orElseThrow();
        long run2027 = compliance.latestRun(2027).orElseThrow();
        Submission pola2025 = Runs.lookup(EJB, VerificationRuns.class).inputs(firstExecution).stream()
                .filter(s -> s.getPort() == Port.POLA).findFirst().orElseThrow();
        assertEquals(pola2025.getId(), progress.inputs(run2026).previousEditions().get(Port.POLA));
        assertTrue(progress.qaFlags(run2026).stream().noneMatch(f -> f.code() == ErrorCode.QA_BASELINE_MOVED));

        List<QaFlag> moved = progress.qaFlags(run2027).stream()
                .filter(f -> f.code() == ErrorCode.QA_BASELINE_MOVED).toList();
        assertEquals(2, moved.size(), moved::toString);
        QaFlag ogv = moved.get(1);
        assertEquals(SourceCategory.OGV, ogv.category());
        assertEquals(Pollutant.NOX, ogv.pollutant());
        assertEquals(2005, ogv.dataYear());
        assertEquals(0, new BigDecimal("0.05").compareTo(ogv.value()));
        // the total: POLA NOx 2005 16,000 -> 16,360 short tons, +360 / 16,000 = +2.25 %
        assertNull(moved.get(0).category());
        assertEquals(0, new BigDecimal("0.0225").compareTo(moved.get(0).value()));
    }

    /**
     * A run with its own settings: 1990 GHG references (POLA 1,000,000, POLB 1,500,000 metric tons CO2e; San Pedro
     * Bay their sum), the window 2018-2025 and a 2 % tolerance, all recorded with the run. POLA CO2e 2025 is 729,000
     * t: (1,000,000 - 729,000) / 1,000,000 = 27.1 %, 12.9 points short of the 2030 goal's 40 %; San Pedro Bay
     * 1,779,500 t of 2,500,000 is 28.82 %, 11.18 points short.
     */
    @Test
    @Order(6)
    void aRunWithAGhgReferenceEvaluatesTheGhgGoalsAndKeepsItsSettings() throws Exception {
        long executionId = Runs.lookup(EJB, AnnualVerifications.class).start("admin", RunSettings.Request.forYear(2025)
                .withProgress("POLA:1000000,POLB:1500000", "2018-2025", "0.02").withReport("tagged", "final"));
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(executionId).getBatchStatus());
        // reportStatus=final: the cover and every footer call it the final edition
        String text = PdfText.of(Runs.lookup(EJB, BoardReports.class).forExecution(executionId).getPdf());
        assertTrue(text.contains("Governing Board Report 2025 · FINAL · Page 1 of "), text);
        assertFalse(text.contains("DRAFT"), text);
        ProgressReview progress = Runs.lookup(EJB, ProgressReview.class);
        ProgressInputs inputs = progress.inputs(executionId);
        assertEquals("POLA:1000000,POLB:1500000", inputs.ghgReference1990());
        assertEquals("job parameter ghgReference1990", inputs.ghgReferenceSource());
        assertEquals(0, new BigDecimal("2500000").compareTo(inputs.ghgReferencesMetricTons().get(Scope.SAN_PEDRO_BAY)));
        assertEquals("2018-2025", inputs.trendWindow());
        assertEquals(0, new BigDecimal("0.02").compareTo(inputs.baselineTolerance()));

        StandardProgress pola = ghgLatest(progress.standards(executionId), Scope.POLA);
        assertEquals(StandardProgress.Status.NOT_MET, pola.status());
        assertEquals(0, new BigDecimal("0.271").compareTo(pola.reduction()));
        assertEquals(0, new BigDecimal("-12.9").compareTo(pola.marginPoints()));
        StandardProgress spb = ghgLatest(progress.standards(executionId), Scope.SAN_PEDRO_BAY);
        assertEquals(0, new BigDecimal("0.2882").compareTo(spb.reduction()));
        assertEquals(0, new BigDecimal("-11.18").compareTo(spb.marginPoints()));

        SeriesTrend co2e = progress.seriesTrend(executionId, Scope.POLA, null, Pollutant.CO2E, TrendMeasure.TONS);
        assertEquals(8, co2e.trend().points().size());
        assertEquals(600000.0, co2e.goalValue(), 1e-6);
        assertNull(co2e.goalIssue());
        assertTrue(co2e.projection() != null, "the 2030 goal is projected");
    }

    private static StandardProgress ghgLatest(List<StandardProgress> standards, Scope scope) {
        return standards.stream().filter(s -> s.target() == CaapTarget.GHG_2030 && s.scope() == scope
                && s.basis() == StandardProgress.Basis.LATEST_YEAR).findFirst().orElseThrow();
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
