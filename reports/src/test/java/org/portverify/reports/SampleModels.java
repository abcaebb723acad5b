package org.portverify.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * Sample board-report models for the tests: 2 ports and the combined San Pedro Bay figures.
 *
 * <p>The compliance section follows the demo packages of 2025 as of 2025-12-31 (rules CA-2025.1, the ASSUMED
 * penalty schedule), with two illustrative milestones added so that every status shows: POLA-P1-07 (due soon) and
 * POLB-P1-07 (completed late). POLB is charged $50,000 for each of its two defaults.
 */
final class SampleModels {

    static final String POLA_SHA = "3f9a1c0d5e7b2a4c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e";
    static final String POLB_SHA = "b7e2d4f6a8c0e1f3a5b7c9d0e2f4a6b8c0d1e3f5a7b9c1d2e4f6a8b0c2d4e6f8";
    static final String DATA_DIGEST = "0c1d2e3f405162738495a6b7c8d9eafb0c1d2e3f405162738495a6b7c8d9eafb";
    static final String AUDIT_HEAD = "entry 62, SHA-256 d8849da016bd07dd5ce10133130f282e50b57363c2c9a0b1d3678b4a17fd2d8d";
    static final String RULES_VERSION = "CA-2025.1";
    static final String FUND = "Clean Air Mitigation Fund (both ports)";

    static final List<MilestoneStatusRow> MILESTONES = List.of(
            new MilestoneStatusRow("POLA", "1", "Container CHE", "POLA-P1-01",
                    "Phase 1 planning kickoff and public input schedule published", "2025-12-15", "2025-12-10",
                    "Completed on time", ""),
            new MilestoneStatusRow("POLA", "1", "Drayage", "POLA-P1-02",
                    "Drayage charging site utility interconnection requests filed", "2025-12-31", "2025-12-19",
                    "Completed on time", ""),
            new MilestoneStatusRow("POLA", "1", "Drayage", "POLA-P1-07",
                    "Drayage charging site selection report published", "2026-03-15", "", "Due soon", ""),
            new MilestoneStatusRow("POLA", "1", "Container CHE", "POLA-P1-03",
                    "Draft ZE infrastructure plan for CHE at container terminals", "2027-05-31", "",
                    "Not yet due", ""),
            new MilestoneStatusRow("POLB", "1", "Container CHE", "POLB-P1-07",
                    "Terminal operator ZE equipment survey issued", "2025-11-30", "2025-12-12",
                    "Completed late", ""),
            new MilestoneStatusRow("POLB", "1", "Container CHE", "POLB-P1-01",
                    "Phase 1 planning kickoff and public input schedule published", "2025-12-15", "",
                    "Missed", ""),
            new MilestoneStatusRow("POLB", "1", "Drayage", "POLB-P1-02",
                    "Drayage charging site utility interconnection requests filed", "2025-12-31", "", "Excused",
                    "FLEX-POLB-2025-01 utility interconnection queue (letter of 2025-12-18)"),
            new MilestoneStatusRow("POLB", "2", "Harbor craft", "POLB-P2-01",
                    "Shore power feasibility study for harbor craft berths", "2026-09-30", "", "Not yet due", ""),
            new MilestoneStatusRow("POLB", "3", "OGV", "Approved plan",
                    "Approved ZE infrastructure plan for ocean-going vessels (not reported)", "2029-12-31", "",
                    "Not yet due", ""));

    static final List<DefaultRow> DEFAULTS = List.of(
            new DefaultRow("POLB", "POLB-P1-07", "2025-11-30", "Completed late", "FIRST", "$50,000"),
            new DefaultRow("POLB", "POLB-P1-01", "2025-12-15", "Missed", "FIRST", "$50,000"));

    static final List<PenaltyTotalRow> PENALTY_TOTALS = List.of(
            new PenaltyTotalRow("Port of Los Angeles", "$0", "$0"),
            new PenaltyTotalRow("Port of Long Beach", "$100,000", "$100,000"),
            new PenaltyTotalRow(FUND, "$100,000", "$100,000"));

    private SampleModels() {
    }

    static BoardReportModel sample() {
        return sample(List.of(new RejectedRecordRow("POLB", "polb-inventory-2024.csv", 418, "value",
                "PV-2103", "Negative emission value (-12.4) for category CHE, pollutant NOx")));
    }

    static BoardReportModel withoutRejected() {
        return sample(List.of());
    }

    /** The sample with {@code inputs} input files and {@code rejected} refused records. */
    static BoardReportModel sized(int inputs, int rejected) {
        BoardReportModel base = sample();
        List<InputDigest> in = new java.util.ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            in.add(new InputDigest(i % 2 == 0 ? "POLA" : "POLB", "inventory-part-" + i + ".csv",
                    String.format("%064x", i + 1)));
        }
        List<RejectedRecordRow> out = new java.util.ArrayList<>();
        for (int i = 0; i < rejected; i++) {
            out.add(new RejectedRecordRow("POLB", "polb-inventory-2024.csv", 100 + i, "value", "PV-2103",
                    "Negative emission value"));
        }
        return with(base, new ProvenanceSection(in, out), base.compliance());
    }

    /** The sample with no milestone, no default and no penalty total. */
    static BoardReportModel withoutCompliance() {
        BoardReportModel base = sample();
        return with(base, base.provenance(), compliance(base, List.of(), List.of(), List.of()));
    }

    /** The sample with no default charged, the totals being $0 this year (and to date). */
    static BoardReportModel withoutDefaults() {
        BoardReportModel base = sample();
        return with(base, base.provenance(), compliance(base, base.compliance().milestones(), List.of(), List.of(
                new PenaltyTotalRow("Port of Los Angeles", "$0", "$0"),
                new PenaltyTotalRow("Port of Long Beach", "$0", "$0"),
                new PenaltyTotalRow(FUND, "$0", "$0"))));
    }

    /** The sample with {@code count} milestone rows (the sample's, repeated in turn) and {@code defaults} defaults. */
    static BoardReportModel withMilestones(int count, int defaults) {
        BoardReportModel base = sample();
        List<MilestoneStatusRow> milestones = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            milestones.add(MILESTONES.get(i % MILESTONES.size()));
        }
        List<DefaultRow> charged = new java.util.ArrayList<>();
        for (int i = 0; i < defaults; i++) {
            charged.add(DEFAULTS.get(i % DEFAULTS.size()));
        }
        return with(base, base.provenance(), compliance(base, milestones, charged, base.compliance().penaltyTotals()));
    }

    private static BoardReportModel with(BoardReportModel base, ProvenanceSection provenance,
                                         ComplianceSection compliance) {
        return new BoardReportModel(base.identity(), base.headline(), provenance, compliance,
                base.executiveSummary(), base.sourceCategories(), base.progress(), base.oceanGoingVessels(),
                base.dataQuality(), base.charts());
    }

    private static ComplianceSection compliance(BoardReportModel base, List<MilestoneStatusRow> milestones,
                                                List<DefaultRow> defaults, List<PenaltyTotalRow> totals) {
        return new ComplianceSection(base.compliance().rulesVersion(), milestones, defaults, totals);
    }

    static final String SUMMARY_FIRST = "In data year 2024 San Pedro Bay emitted 90% less diesel particulate matter"
            + " (DPM), 70% less NOx and 98% less SOx than in 2005, while container throughput grew 38%.";
    static final List<StandardRow> STANDARDS = List.of(
            new StandardRow("2023 San Pedro Bay standard: DPM 77% below 2005", "San Pedro Bay (both ports)",
                    "Standard year", "2023", "-90%", "Met", "+13 pp", "207.0"),
            new StandardRow("2023 San Pedro Bay standard: NOx 59% below 2005", "San Pedro Bay (both ports)",
                    "Standard year", "2023", "-71%", "Met", "+12 pp", "12,000.7"),
            new StandardRow("2023 San Pedro Bay standard: SOx 93% below 2005", "San Pedro Bay (both ports)",
                    "Standard year", "2023", "-91%", "Not met", "-2 pp", "350.0"),
            new StandardRow("2030 GHG goal: 40% below 1990", "San Pedro Bay (both ports)", "Latest year", "2024",
                    "n/a", "No reference", "n/a", "n/a"));

    /** The sample with every section the report has: summary, categories, standards, charts, data quality. */
    static BoardReportModel full() {
        BoardReportModel base = sample();
        String spb = "San Pedro Bay (both ports)";
        List<CategoryRow> categories = new java.util.ArrayList<>();
        List<CategoryRow> ogv = new java.util.ArrayList<>();
        String[] categoryNames = {"All categories", "Ocean-going vessels", "Harbor craft", "Cargo handling equipment",
                "Locomotives", "Heavy-duty vehicles (drayage trucks)"};
        for (String entity : List.of("Port of Los Angeles", "Port of Long Beach", spb)) {
            for (String category : categoryNames) {
                for (String pollutant : List.of("DPM", "NOx", "SOx", "PM2.5", "CO2e")) {
                    CategoryRow row = new CategoryRow(entity, category, pollutant,
                            pollutant.equals("CO2e") ? "metric tons" : "short tons", "1,234.5", "-73%", "-12%",
                            "1.199", "-81%", "-20%");
                    categories.add(row);
                    if (category.equals("Ocean-going vessels")) {
                        ogv.add(row);
                    }
                }
            }
        }
        List<Chart.Point> nox = new java.util.ArrayList<>();
        List<Chart.Point> fitted = new java.util.ArrayList<>();
        List<Chart.BandPoint> band = new java.util.ArrayList<>();
        double[] tons = {29270, 12100, 11400, 10950, 10100, 9500, 9800, 9100, 8781};
        int[] years = {2005, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024};
        for (int i = 0; i < years.length; i++) {
            nox.add(new Chart.Point(years[i], tons[i]));
        }
        for (int y = 2017; y <= 2030; y++) {
            fitted.add(new Chart.Point(y, 12100 - 450.0 * (y - 2017)));
            band.add(new Chart.BandPoint(y, 12100 - 520.0 * (y - 2017), 12100 - 380.0 * (y - 2017)));
        }
        List<Chart> charts = List.of(
                Chart.line("San Pedro Bay NOx, short tons", "short tons", false,
                        List.of(new Chart.Series(spb, false, nox)),
                        List.of(new Chart.Marker("2005 baseline", 29270, false),
                                new Chart.Marker("2023 standard (-59%)", 12000.7, false)), List.of(),
                        "NOx fell from 29,270 tons in 2005 to 8,781 in 2024, below the 2023 standard's 12,001."),
                Chart.bar("Change vs 2005 by source category, 2024", "change vs 2005", true, List.of(
                        new Chart.Bar("OGV", "DPM", -0.9), new Chart.Bar("OGV", "NOx", -0.55),
                        new Chart.Bar("CHE", "DPM", -0.85), new Chart.Bar("CHE", "NOx", -0.7),
                        new Chart.Bar("Trucks", "DPM", -0.98), new Chart.Bar("Trucks", "NOx", -0.9)),
                        "Every category emits less DPM and NOx than in 2005."),
                Chart.line("Zero-emission share of the fleets", "share of units", true, List.of(
                        new Chart.Series("Cargo handling equipment", false, List.of(new Chart.Point(2020, 0.08),
                                new Chart.Point(2022, 0.14), new Chart.Point(2024, 0.2))),
                        new Chart.Series("Drayage trucks", false, List.of(new Chart.Point(2020, 0.01),
                                new Chart.Point(2022, 0.02), new Chart.Point(2024, 0.04)))),
                        List.of(new Chart.Marker("CHE goal 2030", 2030, true),
                                new Chart.Marker("Truck goal 2035", 2035, true)), List.of(),
                        "20% of cargo handling equipment and 4% of drayage trucks are zero-emission."),
                Chart.line("San Pedro Bay NOx projection", "short tons", false, List.of(
                        new Chart.Series("Observed", false, nox.subList(1, nox.size())),
                        new Chart.Series("Least-squares trend", true, fitted)),
                        List.of(new Chart.Marker("2023 standard", 12000.7, false)),
                        List.of(new Chart.Band("95% band", band)),
                        "On its current trend NOx keeps falling by about 450 tons a year (95%: 380 to 520)."));
        return new BoardReportModel(base.identity().withConformance(ReportConformance.TAGGED), base.headline(),
                base.provenance(), base.compliance(), new ExecutiveSummary(
                List.of(SUMMARY_FIRST,
                        "Per 10,000 TEU the reductions are larger still: DPM -93%, NOx -79%.",
                        "Of the San Pedro Bay standards evaluated, 2 are met and 1 is not met (SOx 2023, by 2 points).",
                        "As of 2025-12-31 the Port of Long Beach defaulted twice; $100,000 is due to the Clean Air"
                                + " Mitigation Fund for 2025."),
                List.of(new KeyFigure("San Pedro Bay DPM vs 2005", "-90%", "data year 2024"),
                        new KeyFigure("San Pedro Bay NOx vs 2005", "-70%", "data year 2024"),
                        new KeyFigure("San Pedro Bay SOx vs 2005", "-98%", "data year 2024"),
                        new KeyFigure("Standards met", "2 of 3", "2023 standards, San Pedro Bay"),
                        new KeyFigure("Defaults this year", "2", "Port of Long Beach"),
                        new KeyFigure("Penalties this year", "$100,000", "Clean Air Mitigation Fund"),
                        new KeyFigure("ZE cargo handling equipment", "20%", "goal 100% by 2030"),
                        new KeyFigure("ZE drayage trucks", "4%", "goal 100% by 2035"))),
                new CategorySection(categories), new ProgressSection(STANDARDS,
                List.of(new ZeroEmissionRow(spb, "Cargo handling equipment", "2024", "404 of 2,020", "20%",
                        "100% by 2030", "In progress", "+13 pp", "2036 (2033 to 2041)")),
                List.of(new ProjectionRow(spb, "NOx", "Least squares", "-450 (-520 to -380)",
                        "2023 standard: 12,001 tons", "met in 2024"))),
                new OgvSection(ogv,
                List.of(new KeyFigure("OGV share of San Pedro Bay NOx", "58%", "data year 2024"))),
                new DataQualitySection(List.of(new SubmissionRow("POLA", "v1", "2025", "2026-03-02", "Accepted", "CSV folder", POLA_SHA),
                        new SubmissionRow("POLB", "v2", "2025", "2026-03-09", "Accepted with warnings",
                                "ZIP upload by polb", POLB_SHA)),
                List.of(new QaFlagRow("Warning", "PV-3050", "Port of Long Beach", "OGV NOx", "2021",
                        "year-over-year change +41% beyond 3 x 1.4826 x MAD")),
                List.of("POLB's 2024 edition added dredging boats to harbor craft: its harbor craft figures are not"
                        + " comparable with earlier editions.")),
                charts, VERIFICATION);
    }

    /** One port verified, the other not, with a critical inconsistency and a late package. */
    static final VerificationSection VERIFICATION = new VerificationSection(
            "Port of Los Angeles: Verified; Port of Long Beach: Not verified.", List.of(
            new OpinionRow("Port of Los Angeles", "Verified",
                    "No finding: the package came on time, complete and consistent."),
            new OpinionRow("Port of Long Beach", "Not verified", "Critical inconsistency, PV-1220: emissions.csv"
                    + " line 12: PM2.5 of OGV in 2024 is 41 short_tons, above its PM10 of 40 short_tons; PM2.5 is a"
                    + " part of PM10: check the pollutant codes and the figures"),
            new OpinionRow("Port of Long Beach", "Not verified", "Late submission: version 2 received 2026-07-01,"
                    + " due 2026-06-30"),
            new OpinionRow("Port of Long Beach", "Not verified", "Claim misstated: POLB DPM 2024 change vs 2005"
                    + " (claims.csv line 3): claimed -90 %, recomputed -83.3 % (6.7 pp apart, materiality 1 pp)")),
            "Each claim a port states in its package (claims.csv) is recomputed from the accepted figures and compared"
                    + " at a materiality of 1 percentage point for changes and 5 % of the recomputed tons.",
            List.of(new ClaimRow("Port of Los Angeles", "POLA DPM 2024 change vs 2005 (claims.csv line 2)", "-88 %",
                            "-87.6 %", "Confirmed"),
                    new ClaimRow("Port of Los Angeles", "San Pedro Bay NOx 2024 change vs 2017 (claims.csv line 3)",
                            "-20 %", "n/a", "Not recomputable (PV-3006)"),
                    new ClaimRow("Port of Long Beach", "POLB DPM 2024 change vs 2005 (claims.csv line 3)", "-90 %",
                            "-83.3 %", "Misstated")));

    private static BoardReportModel sample(List<RejectedRecordRow> rejected) {
        String pola = "Port of Los Angeles";
        String polb = "Port of Long Beach";
        String spb = "San Pedro Bay (both ports)";
        return BoardReportModel.originalSections(new ReportIdentity(
                2024,
                // Year end 2025: the agreement (approved 2025-11-07) has a rules version in force and a first default.
                LocalDate.of(2025, 12, 31),
                "DRAFT",
                4711L,
                "0.1.0-SNAPSHOT",
                DATA_DIGEST,
                ReportConformance.TAGGED,
                AUDIT_HEAD), new HeadlineSection(
                List.of(
                        new ReductionRow(pola, "DPM", "short tons", "1,062.0", "106.2", "-90%", "-93%"),
                        new ReductionRow(pola, "NOx", "short tons", "15,370.0", "4,149.9", "-73%", "-81%"),
                        new ReductionRow(pola, "SOx", "short tons", "7,066.0", "141.3", "-98%", "-99%"),
                        new ReductionRow(pola, "CO2e", "metric tons", "1,452,300", "1,190,886", "-18%", "-40%"),
                        new ReductionRow(polb, "DPM", "short tons", "887.0", "88.7", "-90%", "-92%"),
                        new ReductionRow(polb, "NOx", "short tons", "13,900.0", "4,448.0", "-68%", "-77%"),
                        new ReductionRow(polb, "PM2.5", "short tons", "820.0", "n/a", "n/a", "n/a"),
                        new ReductionRow(spb, "DPM", "short tons", "1,949.0", "194.9", "-90%", "-93%"),
                        new ReductionRow(spb, "NOx", "short tons", "29,270.0", "8,781.0", "-70%", "-79%")),
                List.of(
                        new TrendRow(pola, 2023, "-89%", "-71%", "-98%", "-87%", "-16%"),
                        new TrendRow(pola, 2024, "-90%", "-73%", "-98%", "-88%", "-18%"),
                        new TrendRow(polb, 2023, "-92%", "-71%", "-98%", "-90%", "-17%"),
                        new TrendRow(polb, 2024, "-90%", "-68%", "-98%", "-88%", "n/a"),
                        new TrendRow(spb, 2024, "-90%", "-70%", "-98%", "-88%", "-10%"))),
                new ProvenanceSection(List.of(
                        new InputDigest("POLA", "pola-inventory-2024-edition-2025-06.csv", POLA_SHA),
                        new InputDigest("POLB", "polb-inventory-2024.csv", POLB_SHA)),
                rejected),
                new ComplianceSection(RULES_VERSION, MILESTONES, DEFAULTS, PENALTY_TOTALS));
    }
}
