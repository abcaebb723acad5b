package org.portverify.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.portverify.application.report.BoardReportAssembly;
import org.portverify.application.report.BoardReportInputs;
import org.portverify.application.report.ProgressFigures;
import org.portverify.application.report.ReportPollutants;
import org.portverify.domain.agreement.AgreementCategory;
import org.portverify.domain.agreement.MilestoneKind;
import org.portverify.domain.agreement.compliance.ChargeKind;
import org.portverify.domain.agreement.compliance.ComplianceItem;
import org.portverify.domain.agreement.compliance.ComplianceStatus;
import org.portverify.domain.agreement.compliance.DefaultsLedger;
import org.portverify.domain.agreement.compliance.LedgerEntry;
import org.portverify.domain.metrics.DemoData;
import org.portverify.domain.metrics.ReductionCalculator;
import org.portverify.domain.metrics.ReductionCalculator.PortInventory;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.ZeroEmissionShares.PortFleet;
import org.portverify.domain.metrics.progress.RunProgress;
import org.portverify.domain.metrics.progress.SeriesTrend;
import org.portverify.domain.metrics.progress.TrendMeasure;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.run.VerificationRun;
import org.portverify.domain.submission.FleetFigure;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.domain.submission.Manifest;
import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionFile;
import org.portverify.domain.submission.Throughput;
import org.portverify.reports.BoardReportModel;
import org.portverify.reports.ReportConformance;
import org.portverify.reports.ReportStatus;

/**
 * Board report models assembled by the production {@link BoardReportAssembly} as {@link BoardReports} assembles
 * them, without a server: from the demo packages (the figures of demo-data/README.md) or from a generated inventory
 * of any number of data years (the benchmark).
 */
public final class BoardReportFixtures {

    public static final long EXECUTION_ID = 42L;
    public static final String SOFTWARE_VERSION = "0.1.0-test";

    private BoardReportFixtures() {
    }

    /** The demo run of 2025 as of 2025-12-31: POLB-P1-01 missed and charged $50,000, POLB-P1-02 excused. */
    public static BoardReportModel demo(ReportConformance conformance) {
        return model(demoInputs(), conformance);
    }

    /** What the demo run's report is assembled from, as a server would have stored it. */
    public static BoardReportInputs demoInputs() {
        VerificationRun run = new VerificationRun(EXECUTION_ID, DemoData.REPORTING_YEAR, LocalDate.of(2025, 12, 31));
        run.evaluatedWith("CA-2025.1");
        List<Submission> inputs = List.of(submission(Port.POLA, 2025, 1, "a"), submission(Port.POLB, 2025, 1, "b"));
        return inputs(run, DemoData.inventories(), DemoData.fleets(), inputs, demoStatuses(), demoLedger());
    }

    /** The demo run of 2025 with Long Beach's package missing: only the Port of Los Angeles was pinned. */
    public static BoardReportModel polaOnly() {
        VerificationRun run = new VerificationRun(EXECUTION_ID, DemoData.REPORTING_YEAR, LocalDate.of(2025, 12, 31));
        run.evaluatedWith("CA-2025.1");
        return model(inputs(run, DemoData.inventories().stream().filter(i -> i.port() == Port.POLA).toList(),
                DemoData.fleets().stream().filter(f -> f.port() == Port.POLA).toList(),
                List.of(submission(Port.POLA, 2025, 1, "a")), demoStatuses(), demoLedger()), ReportConformance.TAGGED);
    }

    /**
     * Both ports over {@code dataYears} data years from 2005 (every category, eight pollutants, TEU growing 3% a year,
     * emissions falling 6% a year with a wobble), zero-emission fleets from 2017, a default charged in each of the last three years.
     */
    public static BoardReportModel generated(int dataYears) {
        int lastYear = 2005 + dataYears - 1;
        List<PortInventory> inventories = new ArrayList<>();
        List<PortFleet> fleets = new ArrayList<>();
        List<Pollutant> pollutants = List.of(Pollutant.DPM, Pollutant.PM10, Pollutant.PM2_5, Pollutant.NOX,
                Pollutant.SOX, Pollutant.CO, Pollutant.HC, Pollutant.CO2E);
        long line = 1;
        for (Port port : Port.values()) {
            List<InventoryFigure> figures = new ArrayList<>();
            List<Throughput> teu = new ArrayList<>();
            List<FleetFigure> fleet = new ArrayList<>();
            double scale = port == Port.POLA ? 1.0 : 0.9;
            for (int year = 2005; year <= lastYear; year++) {
                int t = year - 2005;
                teu.add(new Throughput(1, year, Math.round(7_000_000 * scale * Math.pow(1.03, t)), line++));
                for (SourceCategory category : SourceCategory.sources()) {
                    for (Pollutant pollutant : pollutants) {
                        double base = (pollutant == Pollutant.CO2E ? 300_000 : 1_000) * scale
                                * (category.ordinal() + 1) / (pollutant.ordinal() + 1);
                        double value = base * Math.pow(0.94, t) * (1 + 0.02 * ((t * 7 + category.ordinal()) % 5 - 2));
                        figures.add(new InventoryFigure(1, year, category, pollutant,
                                BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP),
                                pollutant.isGreenhouseGas() ? MassUnit.METRIC_TONS : MassUnit.SHORT_TONS, line++));
                    }
                }
                if (year >= 2017) {
                    for (SourceCategory category : List.of(SourceCategory.CHE, SourceCategory.HDV)) {
                        long total = category == SourceCategory.CHE ? 2_000 : 12_000;
                        fleet.add(new FleetFigure(1, year, category, total * (year - 2016) / 40, total, 10,
                                BigDecimal.TEN, null, line++));
                    }
                }
            }
            inventories.add(new PortInventory(port, figures, teu));
            fleets.add(new PortFleet(port, fleet));
        }
        VerificationRun run = new VerificationRun(EXECUTION_ID, lastYear, LocalDate.of(lastYear, 12, 31));
        run.evaluatedWith("CA-2025.1");
        List<Submission> inputs = List.of(submission(Port.POLA, lastYear, 2, "c"),
                submission(Port.POLB, lastYear, 1, "d"));
        List<LedgerEntry> charges = new ArrayList<>();
        for (int year = lastYear - 2; year <= lastYear; year++) {
            charges.add(new LedgerEntry(Port.POLB, "MILESTONE:POLB-P1-01", LocalDate.of(lastYear - 2, 12, 15),
                    ComplianceStatus.MISSED, LocalDate.of(year, 12, 31), year,
                    year == lastYear - 2 ? ChargeKind.FIRST : ChargeKind.CONTINUING, year - lastYear + 3,
                    new BigDecimal("50000.00"), EXECUTION_ID, "CA-2025.1"));
        }
        return model(inputs(run, inventories, fleets, inputs, demoStatuses(), DefaultsLedger.of(charges)),
                ReportConformance.TAGGED);
    }

    /** The model as {@link BoardReports} renders it: the production assembly, a draft. */
    static BoardReportModel model(BoardReportInputs inputs, ReportConformance conformance) {
        return BoardReportAssembly.assemble(inputs, SOFTWARE_VERSION, conformance, ReportStatus.DRAFT);
    }

    /**
     * The run's metrics computed from the inventories and its progress as the annual job stores it, with the
     * submissions, statuses and ledger given; no rejected record.
     */
    static BoardReportInputs inputs(VerificationRun run, List<PortInventory> inventories, List<PortFleet> fleets,
                                    List<Submission> inputs, Map<Port, List<ComplianceItem>> statuses,
                                    DefaultsLedger ledger) {
        List<ReductionMetric> metrics = ReductionCalculator.compute(run.getExecutionId(), inventories);
        // What the annual job stores (CaapProgress) and ProgressReview gives back: the run's own progress settings
        RunProgress computed = RunProgress.compute(metrics, fleets, List.of(), run.progressSettings());
        Map<Pollutant, Trend> trends = new EnumMap<>(Pollutant.class);
        for (SeriesTrend t : computed.trends()) {
            if (t.scope() == Scope.SAN_PEDRO_BAY && t.category() == null && t.measure() == TrendMeasure.TONS
                    && ReportPollutants.KEY.contains(t.pollutant())) {
                trends.put(t.pollutant(), t.trend());
            }
        }
        ProgressFigures progress = new ProgressFigures(computed.standards(), computed.qaFlags(),
                computed.zeroEmissionShares(), trends);
        Map<Long, List<Finding>> refused = new HashMap<>();
        return new BoardReportInputs(run, metrics, inputs, refused, statuses, ledger, progress);
    }

    /** A package whose files have made-up but well-formed digests (64 hex characters from one letter). */
    static Submission submission(Port port, int year, int version, String digit) {
        String sha = digit.repeat(64);
        List<SubmissionFile> files = new ArrayList<>();
        for (String name : List.of("emissions.csv", "fleet.csv", "manifest.csv", "milestones.csv",
                "throughput.csv")) {
            files.add(new SubmissionFile(name, sha.substring(0, 60) + String.format("%04x", name.length()),
                    1000L));
        }
        return new Submission(new Manifest(port, year, String.valueOf(year), "Preparer", "staff@example.org",
                LocalDate.of(year + 1, 3, 2), "", null), version, sha, files, "demo-data", Instant.EPOCH);
    }

    static DefaultsLedger demoLedger() {
        return DefaultsLedger.of(List.of(new LedgerEntry(Port.POLB, "MILESTONE:POLB-P1-01",
                LocalDate.of(2025, 12, 15), ComplianceStatus.MISSED, LocalDate.of(2025, 12, 31), 2025,
                ChargeKind.FIRST, 1, new BigDecimal("50000.00"), EXECUTION_ID, "CA-2025.1")));
    }

    static Map<Port, List<ComplianceItem>> demoStatuses() {
        Map<Port, List<ComplianceItem>> statuses = new EnumMap<>(Port.class);
        statuses.put(Port.POLA, List.of(new ComplianceItem("MILESTONE:POLA-P1-01", AgreementCategory.CHE_CONTAINER,
                MilestoneKind.PROJECT_MILESTONE, "POLA-P1-01", "Phase 1 planning kickoff", LocalDate.of(2025, 12, 15),
                LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 10), true, null,
                ComplianceStatus.COMPLETED_ON_TIME)));
        statuses.put(Port.POLB, List.of(new ComplianceItem("MILESTONE:POLB-P1-01", AgreementCategory.CHE_CONTAINER,
                MilestoneKind.PROJECT_MILESTONE, "POLB-P1-01", "Phase 1 planning kickoff", LocalDate.of(2025, 12, 15),
                LocalDate.of(2025, 12, 15), null, true, null, ComplianceStatus.MISSED),
                new ComplianceItem("MILESTONE:POLB-P1-02", AgreementCategory.DRAYAGE, MilestoneKind.PROJECT_MILESTONE,
                        "POLB-P1-02", "Drayage charging site interconnection requests", LocalDate.of(2025, 12, 31),
                        LocalDate.of(2025, 12, 31), null, false, "FLEX-POLB-2025-01", ComplianceStatus.EXCUSED)));
        return statuses;
    }
}
