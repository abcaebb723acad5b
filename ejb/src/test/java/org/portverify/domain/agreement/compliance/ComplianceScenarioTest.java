package org.portverify.domain.agreement.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portverify.domain.agreement.AgreementRules;
import org.portverify.domain.agreement.Milestone;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.RecordRules;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.SubmissionPart;

/**
 * The demo ports through the agreement, one annual run per reporting year 2025 to 2029, each as of December 31 with
 * the default rules (CA-2025.1, the ASSUMED schedule) and the ledger the earlier runs left.
 *
 * <p>Which milestones: 2025 is the bundled demo package (demo-data/submissions/2025/*&#47;milestones.csv), whose
 * completions stop at 2025-12-31. Completions after that arrive the way the contract says they do: each year's
 * package reports every milestone again, with the completions of that year. Those later milestones.csv files are an
 * explicit scenario in src/test/resources/compliance-scenario/&lt;year&gt;/&lt;port&gt;/ (read through the intake's
 * own {@link RecordRules#milestone}, so they obey the contract). Evaluating the 2025 package alone as of 2027 to 2029
 * would instead make every plan MISSED for both ports, which says nothing about on-time ports.
 *
 * <p>The story, continuing the 2025 package's: POLA completes everything on time (its phase 1 approved plans exactly
 * on 2027-12-31). POLB has one late milestone within its control, POLB-P1-01 (due 2025-12-15, still DELAYED in the
 * 2026 and 2027 packages, completed 2028-02-15), and one excused, POLB-P1-02 (outside its control, flexibility
 * reference FLEX-POLB-2025-01, completed 2026-04-30); everything else on time.
 */
class ComplianceScenarioTest {

    private static final AgreementRules RULES = AgreementRules.defaults();
    private static final int FIRST_YEAR = 2025;
    private static final int LAST_YEAR = 2029;

    private static final Map<Integer, Map<Port, ComplianceEvaluation>> EVALUATIONS = new TreeMap<>();
    private static final Map<Integer, List<LedgerEntry>> CHARGES = new TreeMap<>();
    private static DefaultsLedger ledger = DefaultsLedger.empty();

    @BeforeAll
    static void runEveryYear() throws IOException {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            Map<Port, ComplianceEvaluation> byPort = new EnumMap<>(Port.class);
            List<LedgerEntry> charged = new ArrayList<>();
            for (Port port : Port.values()) {
                ComplianceEvaluation evaluation = ComplianceEvaluation.evaluate(RULES, port,
                        LocalDate.of(year, 12, 31), milestones(year, port));
                byPort.put(port, evaluation);
                // the run id is the year: one run per year here
                charged.addAll(ledger.chargesFor(evaluation, year, year));
            }
            ledger = ledger.with(charged);
            EVALUATIONS.put(year, byPort);
            CHARGES.put(year, charged);
        }
    }

    /**
     * The ledger totals each run charges. Only POLB-P1-01 is ever a default, and the ASSUMED schedule charges an
     * uncured default once per reporting year, 50,000 more each time:
     * 2025: due 2025-12-15, open at the end of 2025-12-31: MISSED, first charge, level 0 = 50,000;
     * 2026: still open: continuing, level 1 = 50,000 + 50,000 = 100,000;
     * 2027: still open: continuing, level 2 = 50,000 + 2 x 50,000 = 150,000;
     * 2028: completed 2028-02-15: COMPLETED_LATE, the same default (same rule, same due date), now cured: nothing;
     * 2029: the same: nothing.
     * POLB-P1-02 is EXCUSED every year and POLA is on time: never a charge.
     */
    @ParameterizedTest(name = "as of {0}-12-31: POLA {1}, POLB {2}")
    @CsvSource({
            "2025, 0.00,  50000.00",
            "2026, 0.00, 100000.00",
            "2027, 0.00, 150000.00",
            "2028, 0.00,      0.00",
            "2029, 0.00,      0.00",
    })
    void ledgerTotalsPerPortAndYear(int year, BigDecimal pola, BigDecimal polb) {
        assertEquals(pola, ledger.total(Port.POLA, year));
        assertEquals(polb, ledger.total(Port.POLB, year));
        assertEquals(pola.add(polb), ledger.total(year), "paid into the Clean Air Mitigation Fund for " + year);
    }

    @Test
    void ledgerTotalsOverAllRuns() {
        assertEquals(new BigDecimal("0.00"), ledger.total(Port.POLA));
        // 50,000 + 100,000 + 150,000
        assertEquals(new BigDecimal("300000.00"), ledger.total(Port.POLB));
        assertEquals(new BigDecimal("300000.00"), ledger.total());
        assertEquals(List.of(
                "2025 POLB MILESTONE:POLB-P1-01 due 2025-12-15 MISSED FIRST 0 50000.00",
                "2026 POLB MILESTONE:POLB-P1-01 due 2025-12-15 MISSED CONTINUING 1 100000.00",
                "2027 POLB MILESTONE:POLB-P1-01 due 2025-12-15 MISSED CONTINUING 2 150000.00"),
                ledger.entries().stream().map(e -> e.runId() + " " + e.port() + " " + e.ruleKey() + " due "
                        + e.dueDate() + " " + e.statusFound() + " " + e.kind() + " " + e.level() + " "
                        + e.amount().toPlainString()).toList());
        assertEquals(List.of(), CHARGES.get(2028));
        assertEquals(List.of(), CHARGES.get(2029));
    }

    /**
     * Rows per status, in the order NOT_YET_DUE, DUE_SOON, COMPLETED_ON_TIME, COMPLETED_LATE, EXCUSED, MISSED; 13
     * reported milestones per port, which cover all 8 plan deadlines of the rules. Nothing is due within 90 days of
     * a December 31 (the next due dates are May, June, September and December).
     */
    @ParameterizedTest(name = "{1} as of {0}-12-31: {2}")
    @CsvSource({
            "2025, POLA, 11 0  2 0 0 0", // P1-01, P1-02 done in December 2025
            "2026, POLA, 10 0  3 0 0 0", // + P2-01 (due 2026-09-30, done 09-24)
            "2027, POLA,  6 0  7 0 0 0", // + the 4 phase 1 plans
            "2028, POLA,  2 0 11 0 0 0", // + the 4 phase 2 plans
            "2029, POLA,  0 0 13 0 0 0", // + the 2 phase 3 plans
            "2025, POLB, 11 0  0 0 1 1", // P1-02 excused, P1-01 missed
            "2026, POLB, 10 0  1 0 1 1", // P2-01 on time; P1-02 done late, excused; P1-01 still missed
            "2027, POLB,  6 0  5 0 1 1", // + the 4 phase 1 plans
            "2028, POLB,  2 0  9 1 1 0", // P1-01 done late; + the 4 phase 2 plans
            "2029, POLB,  0 0 11 1 1 0", // + the 2 phase 3 plans
    })
    void statusesPerPortAndYear(int year, Port port, String counts) {
        ComplianceEvaluation evaluation = EVALUATIONS.get(year).get(port);
        assertEquals(Arrays.asList(counts.trim().split("\\s+")), Arrays.stream(ComplianceStatus.values())
                .map(status -> String.valueOf(evaluation.count(status))).toList());
        assertEquals(13, evaluation.items().size());
    }

    @Test
    void polaDeliversItsPhaseOneApprovedPlansOnTheDueDateItself() {
        ComplianceItem approved = EVALUATIONS.get(2027).get(Port.POLA).items().stream()
                .filter(i -> i.ruleKey().equals("PLAN:1:APPROVED_PLAN:DRAYAGE")).findFirst().orElseThrow();
        assertEquals("POLA-P1-06", approved.milestoneId());
        assertEquals(LocalDate.of(2027, 12, 31), approved.completedDate());
        assertEquals(ComplianceStatus.COMPLETED_ON_TIME, approved.status());
    }

    @Test
    void polbsExcusedMilestoneNamesItsFlexibilityOption() {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            ComplianceItem excused = EVALUATIONS.get(year).get(Port.POLB).items().stream()
                    .filter(i -> i.ruleKey().equals("MILESTONE:POLB-P1-02")).findFirst().orElseThrow();
            assertEquals(ComplianceStatus.EXCUSED, excused.status(), String.valueOf(year));
            assertEquals("FLEX-POLB-2025-01 utility interconnection queue (letter of 2025-12-18)",
                    excused.flexibilityRef());
        }
    }

    private static List<Milestone> milestones(int year, Port port) throws IOException {
        List<String> lines = year == FIRST_YEAR
                ? Files.readAllLines(demoPackage(port).resolve("milestones.csv"), StandardCharsets.UTF_8)
                : scenarioLines(year, port);
        assertEquals(String.join(",", SubmissionPart.MILESTONES.header()), lines.get(0));
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                // the files quote nothing, so a plain split reads them faithfully
                SourceRecord record = new SourceRecord(year, SubmissionPart.MILESTONES, i + 1,
                        Arrays.asList(lines.get(i).split(",", -1)), lines.get(i));
                milestones.add(RecordRules.milestone(record, year));
            }
        }
        return milestones;
    }

    private static List<String> scenarioLines(int year, Port port) throws IOException {
        String resource = "/compliance-scenario/" + year + "/" + port.name() + "/milestones.csv";
        try (InputStream in = ComplianceScenarioTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** demo-data/submissions/2025/&lt;port&gt;, found from the working directory (the ejb module) upwards. */
    private static Path demoPackage(Port port) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("demo-data/submissions/" + FIRST_YEAR + "/" + port.name());
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return fail("demo-data/submissions/" + FIRST_YEAR + " not found above " + Path.of("").toAbsolutePath());
    }
}
