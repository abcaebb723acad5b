package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portverify.domain.agreement.AgreementCategory;
import org.portverify.domain.agreement.Milestone;
import org.portverify.domain.agreement.MilestoneKind;
import org.portverify.domain.agreement.MilestoneStatus;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.model.CapacityUnit;
import org.portverify.domain.model.GlobalWarmingPotentials;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.model.SubCategory;

/**
 * {@link PackageRules} over hand-built accepted records. Each case states its figures, so every line, total and
 * percentage in the expected findings can be checked by hand.
 */
class PackageRulesTest {

    private static final long SUBMISSION = 7L;
    private static final String EMISSIONS = "emissions.csv";

    // ---------------------------------------------------------------- builders

    private static InventoryFigure fig(long line, int year, SourceCategory category, SubCategory sub,
                                       Pollutant pollutant, String value, MassUnit unit) {
        return new InventoryFigure(SUBMISSION, year, category, sub, pollutant, new BigDecimal(value), unit, line);
    }

    /** A whole-category figure in short tons. */
    private static InventoryFigure fig(long line, int year, SourceCategory category, Pollutant pollutant,
                                       String value) {
        return fig(line, year, category, null, pollutant, value, MassUnit.SHORT_TONS);
    }

    private static Throughput teu(long line, int year) {
        return new Throughput(SUBMISSION, year, 10_000_000L, line);
    }

    private static Milestone milestone(long line, String id) {
        return new Milestone(SUBMISSION, AgreementCategory.DRAYAGE, id, MilestoneKind.DRAFT_PLAN, "Draft plan",
                LocalDate.of(2027, 5, 31), null, MilestoneStatus.PLANNED, true, null, null, line);
    }

    private static FleetFigure fleet(long line, int year, SourceCategory category) {
        return new FleetFigure(SUBMISSION, year, category, 20, 100, 12, new BigDecimal("4.5"), CapacityUnit.MW, line);
    }

    private static AcceptedRecords records(List<InventoryFigure> emissions, List<Throughput> throughput,
                                           List<Milestone> milestones, List<FleetFigure> fleet) {
        return new AcceptedRecords(emissions, throughput, milestones, fleet);
    }

    private static Finding error(ErrorCode code, String file, long line, String field, String message) {
        return new Finding(Severity.ERROR, code, file, line, field, message);
    }

    private static Finding warning(ErrorCode code, long line, String message) {
        return new Finding(Severity.WARNING, code, EMISSIONS, line, "value", message);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    // ---------------------------------------------------------------- a clean package

    @Test
    void aConsistentPackageHasNoFindings() {
        // DPM of all categories (the port's published total) 2005 = 470, 2024 = 50, 2025 = 40 (-20% year over
        // year); TEU for every year
        AcceptedRecords clean = records(
                List.of(fig(2, 2005, SourceCategory.ALL, Pollutant.DPM, "470"),
                        fig(3, 2024, SourceCategory.ALL, Pollutant.DPM, "50"),
                        fig(4, 2025, SourceCategory.ALL, Pollutant.DPM, "40")),
                List.of(teu(2, 2005), teu(3, 2024), teu(4, 2025)),
                List.of(milestone(2, "M-1"), milestone(3, "M-2")),
                List.of(fleet(2, 2025, SourceCategory.CHE), fleet(3, 2025, SourceCategory.HDV)));
        assertEquals(List.of(), PackageRules.check(clean, PreviousEdition.none(), WarningThresholds.DEFAULT, "", null));
    }

    @Test
    void aRepeatedGasLineDoesNotCountInTheCo2eCheck() {
        // ALL 2005 (its own baseline, a complete inventory): CO2 1000, CH4 2, N2O 1 give 1348 under AR4, the CO2e
        // filed. The CO2 line repeated is refused (PV-1210); counted twice it would give 2348 and warn (PV-1222).
        List<InventoryFigure> emissions = List.of(
                fig(2, 2005, SourceCategory.ALL, null, Pollutant.CO2E, "1348", MassUnit.METRIC_TONS),
                fig(3, 2005, SourceCategory.ALL, null, Pollutant.CO2, "1000", MassUnit.METRIC_TONS),
                fig(4, 2005, SourceCategory.ALL, null, Pollutant.CH4, "2", MassUnit.METRIC_TONS),
                fig(5, 2005, SourceCategory.ALL, null, Pollutant.N2O, "1", MassUnit.METRIC_TONS),
                fig(6, 2005, SourceCategory.ALL, null, Pollutant.CO2, "1000", MassUnit.METRIC_TONS));
        List<Finding> findings = PackageRules.check(records(emissions, List.of(teu(2, 2005)), List.of(), List.of()),
                PreviousEdition.none(), WarningThresholds.DEFAULT, "", GlobalWarmingPotentials.AR4);
        assertEquals(List.of("6 PV-1210"), findings.stream().map(f -> f.line() + " " + f.code().code()).toList());
    }

    // ---------------------------------------------------------------- duplicates (errors)

    @Test
    void duplicateEmissionsPointAtTheRepeatAndNameTheFirstLine() {
        List<InventoryFigure> emissions = List.of(
                fig(2, 2024, SourceCategory.OGV, Pollutant.DPM, "1"),
                fig(3, 2024, SourceCategory.OGV, Pollutant.NOX, "1"),
                fig(4, 2024, SourceCategory.OGV, Pollutant.DPM, "2"),            // repeats line 2
                fig(5, 2024, SourceCategory.CHE, SubCategory.CONTAINER_TERMINAL, Pollutant.DPM, "1",
                        MassUnit.SHORT_TONS),
                fig(6, 2024, SourceCategory.CHE, SubCategory.NON_CONTAINER_TERMINAL, Pollutant.DPM, "1",
                        MassUnit.SHORT_TONS),                                        // another sub-category
                fig(7, 2024, SourceCategory.CHE, Pollutant.DPM, "1"),              // the rest of CHE
                fig(8, 2024, SourceCategory.CHE, SubCategory.CONTAINER_TERMINAL, Pollutant.DPM, "3",
                        MassUnit.METRIC_TONS),                                       // repeats line 5, unit aside
                fig(9, 2023, SourceCategory.OGV, Pollutant.DPM, "1"),              // another year
                fig(10, 2024, SourceCategory.OGV, Pollutant.DPM, "1"));            // repeats line 2, not 4
        List<Finding> expected = List.of(
                error(ErrorCode.DUPLICATE_EMISSION, EMISSIONS, 4, "data_year,category,sub_category,pollutant",
                        "Duplicate of line 2: data year 2024, category OGV, sub-category (none) and pollutant DPM"
                                + " are reported twice"),
                error(ErrorCode.DUPLICATE_EMISSION, EMISSIONS, 8, "data_year,category,sub_category,pollutant",
                        "Duplicate of line 5: data year 2024, category CHE, sub-category CONTAINER_TERMINAL and"
                                + " pollutant DPM are reported twice"),
                error(ErrorCode.DUPLICATE_EMISSION, EMISSIONS, 10, "data_year,category,sub_category,pollutant",
                        "Duplicate of line 2: data year 2024, category OGV, sub-category (none) and pollutant DPM"
                                + " are reported twice"));
        AcceptedRecords inOrder = records(emissions, List.of(), List.of(), List.of());
        AcceptedRecords shuffled = records(reversed(emissions), List.of(), List.of(), List.of());
        assertEquals(expected, PackageRules.duplicates(inOrder));
        // "first" is the lowest line, whatever order the records come in
        assertEquals(expected, PackageRules.duplicates(shuffled));
    }

    /**
     * The dry run streams the records: each repeat gets the error PackageRules.duplicates gives it over the whole
     * version, and what it keeps is the first record of each key, in package order.
     */
    @Test
    void firstOccurrencesGiveTheSameDuplicatesOneRecordAtATime() {
        List<InventoryFigure> emissions = List.of(fig(2, 2024, SourceCategory.OGV, Pollutant.DPM, "1"),
                fig(3, 2024, SourceCategory.OGV, Pollutant.DPM, "2"), fig(4, 2023, SourceCategory.OGV, Pollutant.DPM,
                        "1"), fig(5, 2024, SourceCategory.OGV, Pollutant.DPM, "3"));
        List<Throughput> throughput = List.of(teu(2, 2024), teu(3, 2024));
        List<Milestone> milestones = List.of(milestone(2, "M-1"), milestone(3, "m-1"), milestone(4, "M-1"));
        List<FleetFigure> fleet = List.of(fleet(2, 2024, SourceCategory.CHE), fleet(3, 2024, SourceCategory.CHE));
        FirstOccurrences first = new FirstOccurrences();
        List<Finding> streamed = new ArrayList<>();
        for (List<?> part : List.of(emissions, throughput, milestones, fleet)) {
            part.forEach(record -> first.add(record).ifPresent(streamed::add));
        }
        assertEquals(PackageRules.duplicates(records(emissions, throughput, milestones, fleet)), streamed);
        assertEquals(List.of(3L, 5L, 3L, 4L, 3L), streamed.stream().map(Finding::line).toList());
        assertEquals(records(List.of(emissions.get(0), emissions.get(2)), List.of(throughput.get(0)),
                List.of(milestones.get(0), milestones.get(1)), List.of(fleet.get(0))), first.records());
    }

    @Test
    void duplicateThroughputYear() {
        AcceptedRecords records = records(List.of(), List.of(teu(2, 2024), teu(3, 2005), teu(4, 2024)),
                List.of(), List.of());
        assertEquals(List.of(error(ErrorCode.DUPLICATE_THROUGHPUT, "throughput.csv", 4, "data_year",
                        "Duplicate of line 2: data year 2024 has its TEU twice")),
                PackageRules.duplicates(records));
    }

    @Test
    void duplicateMilestoneIdIsCaseSensitive() {
        AcceptedRecords records = records(List.of(), List.of(),
                List.of(milestone(2, "M-1"), milestone(3, "M-2"), milestone(5, "M-1"), milestone(6, "m-1")),
                List.of());
        assertEquals(List.of(error(ErrorCode.DUPLICATE_MILESTONE, "milestones.csv", 5, "milestone_id",
                        "Duplicate of line 2: milestone id M-1 is reported twice")),
                PackageRules.duplicates(records));
    }

    @Test
    void duplicateFleetYearAndCategory() {
        AcceptedRecords records = records(List.of(), List.of(), List.of(),
                List.of(fleet(2, 2025, SourceCategory.CHE), fleet(3, 2025, SourceCategory.HDV),
                        fleet(4, 2024, SourceCategory.CHE), fleet(5, 2025, SourceCategory.CHE)));
        assertEquals(List.of(error(ErrorCode.DUPLICATE_FLEET, "fleet.csv", 5, "data_year,category",
                        "Duplicate of line 2: data year 2025 and category CHE are reported twice")),
                PackageRules.duplicates(records));
    }

    // ---------------------------------------------------------------- 2005 baseline and TEU (errors)

    @Test
    void aCategoryAndPollutantWithoutItsBaselineIsAnErrorAtItsFirstLine() {
        List<InventoryFigure> emissions = List.of(
                fig(2, 2005, SourceCategory.OGV, Pollutant.DPM, "470"),
                fig(3, 2024, SourceCategory.OGV, Pollutant.DPM, "50"),
                fig(5, 2024, SourceCategory.OGV, Pollutant.NOX, "3000"),  // no 2005 OGV NOx ...
                fig(4, 2023, SourceCategory.OGV, Pollutant.NOX, "3100"),  // ... first reported on line 4
                fig(6, 2024, SourceCategory.HDV, Pollutant.DPM, "5"),     // no 2005 HDV DPM
                // CHE NOx has its 2005 figure in a sub-category: the baseline is per category, whatever the split
                fig(7, 2005, SourceCategory.CHE, SubCategory.CONTAINER_TERMINAL, Pollutant.NOX, "1000",
                        MassUnit.SHORT_TONS),
                fig(8, 2024, SourceCategory.CHE, SubCategory.NON_CONTAINER_TERMINAL, Pollutant.NOX, "300",
                        MassUnit.SHORT_TONS),
                fig(9, 2005, SourceCategory.LOCOMOTIVE, Pollutant.SOX, "200")); // a baseline alone is fine
        assertEquals(List.of(
                        error(ErrorCode.BASELINE_FIGURE_MISSING, EMISSIONS, 4, "category,pollutant",
                                "No 2005 figure for OGV NOx in this edition; every category and pollutant reported"
                                        + " needs its 2005 baseline from the same edition"),
                        error(ErrorCode.BASELINE_FIGURE_MISSING, EMISSIONS, 6, "category,pollutant",
                                "No 2005 figure for HDV DPM in this edition; every category and pollutant reported"
                                        + " needs its 2005 baseline from the same edition")),
                PackageRules.missingBaselines(emissions));
    }

    @Test
    void aDataYearWithEmissionsButNoTeuIsAWarningAtTheYearsFirstLine() {
        List<InventoryFigure> emissions = List.of(
                fig(2, 2005, SourceCategory.OGV, Pollutant.DPM, "470"),
                fig(4, 2024, SourceCategory.OGV, Pollutant.DPM, "50"),
                fig(5, 2023, SourceCategory.OGV, Pollutant.DPM, "55"),
                fig(3, 2023, SourceCategory.OGV, Pollutant.NOX, "3000"),
                fig(6, 2022, SourceCategory.OGV, Pollutant.DPM, "60"));
        List<Throughput> throughput = List.of(teu(2, 2005), teu(3, 2024), teu(4, 2021)); // 2021: TEU alone is fine
        assertEquals(List.of(
                        new Finding(Severity.WARNING, ErrorCode.THROUGHPUT_YEAR_MISSING, EMISSIONS, 3, "data_year",
                                "throughput.csv has no TEU for data year 2023, which emissions.csv reports; its"
                                        + " figures per 10,000 TEU are n/a"),
                        new Finding(Severity.WARNING, ErrorCode.THROUGHPUT_YEAR_MISSING, EMISSIONS, 6, "data_year",
                                "throughput.csv has no TEU for data year 2022, which emissions.csv reports; its"
                                        + " figures per 10,000 TEU are n/a")),
                PackageRules.missingThroughput(emissions, throughput));
    }

    // ---------------------------------------------------------------- year over year (warnings)

    @Test
    void aCategoryTotalThatMovesMoreThanHalfFromOneYearToTheNextIsFlagged() {
        List<InventoryFigure> emissions = List.of(
                // OGV NOx 1000 -> 1500 is +50% exactly: not beyond the threshold; 1500 -> 2300 is +53.3%
                fig(2, 2022, SourceCategory.OGV, Pollutant.NOX, "1000"),
                fig(3, 2023, SourceCategory.OGV, Pollutant.NOX, "1500"),
                fig(4, 2024, SourceCategory.OGV, Pollutant.NOX, "2300"),
                // CHE DPM summed over its sub-categories: 60 + 40 = 100 in 2023, 10 + 30 = 40 in 2024 (-60%)
                fig(6, 2023, SourceCategory.CHE, SubCategory.CONTAINER_TERMINAL, Pollutant.DPM, "60",
                        MassUnit.SHORT_TONS),
                fig(7, 2023, SourceCategory.CHE, SubCategory.NON_CONTAINER_TERMINAL, Pollutant.DPM, "40",
                        MassUnit.SHORT_TONS),
                fig(9, 2024, SourceCategory.CHE, SubCategory.CONTAINER_TERMINAL, Pollutant.DPM, "30",
                        MassUnit.SHORT_TONS),
                fig(8, 2024, SourceCategory.CHE, SubCategory.NON_CONTAINER_TERMINAL, Pollutant.DPM, "10",
                        MassUnit.SHORT_TONS),
                // HC 10 -> 1 from 2005 to 2017: not consecutive years, not compared
                fig(10, 2005, SourceCategory.HDV, Pollutant.HC, "10"),
                fig(11, 2017, SourceCategory.HDV, Pollutant.HC, "1"),
                // OGV CO 0 -> 5: a rise from zero is always flagged; LOCOMOTIVE CO 0 -> 0 is not
                fig(12, 2023, SourceCategory.OGV, Pollutant.CO, "0"),
                fig(13, 2024, SourceCategory.OGV, Pollutant.CO, "5"),
                fig(14, 2023, SourceCategory.LOCOMOTIVE, Pollutant.CO, "0"),
                fig(15, 2024, SourceCategory.LOCOMOTIVE, Pollutant.CO, "0"));
        assertEquals(List.of(
                        warning(ErrorCode.YEAR_OVER_YEAR_CHANGE, 4, "OGV NOx total went from 1500 short_tons in"
                                + " 2023 to 2300 short_tons in 2024 (+53.3%), beyond the 50% year-over-year"
                                + " threshold; check the figures or explain the change in the manifest note"),
                        warning(ErrorCode.YEAR_OVER_YEAR_CHANGE, 8, "CHE DPM total went from 100 short_tons in"
                                + " 2023 to 40 short_tons in 2024 (-60.0%), beyond the 50% year-over-year"
                                + " threshold; check the figures or explain the change in the manifest note"),
                        warning(ErrorCode.YEAR_OVER_YEAR_CHANGE, 13, "OGV CO total went from 0 short_tons in"
                                + " 2023 to 5 short_tons in 2024 (up from zero), beyond the 50% year-over-year"
                                + " threshold; check the figures or explain the change in the manifest note")),
                PackageRules.yearOverYearChanges(emissions, WarningThresholds.DEFAULT));
    }

    @Test
    void yearOverYearTotalsAreInTheReportingUnitAndTheThresholdIsAParameter() {
        // 1000 metric tons in 2023; 1200 short tons = 1200 x 0.90718474 = 1088.621688 metric tons in 2024: +8.86%
        List<InventoryFigure> emissions = List.of(
                fig(2, 2023, SourceCategory.OGV, null, Pollutant.CO2E, "1000", MassUnit.METRIC_TONS),
                fig(3, 2024, SourceCategory.OGV, null, Pollutant.CO2E, "1200", MassUnit.SHORT_TONS));
        assertEquals(List.of(), PackageRules.yearOverYearChanges(emissions, WarningThresholds.DEFAULT));
        WarningThresholds tight = new WarningThresholds(new BigDecimal("0.05"), new BigDecimal("0.01"));
        assertEquals(List.of(warning(ErrorCode.YEAR_OVER_YEAR_CHANGE, 3, "OGV CO2e total went from 1000"
                        + " metric_tons in 2023 to 1088.622 metric_tons in 2024 (+8.9%), beyond the 5% year-over-year"
                        + " threshold; check the figures or explain the change in the manifest note")),
                PackageRules.yearOverYearChanges(emissions, tight));
    }

    // ---------------------------------------------------------------- restated baseline (warnings)

    @Test
    void aBaselineRestatedBeyondOnePercentOfThePreviousEditionIsFlagged() {
        List<InventoryFigure> current = List.of(
                fig(2, 2005, SourceCategory.OGV, Pollutant.NOX, "7300"),   // 7200 before: +1.39%, flagged
                fig(3, 2005, SourceCategory.OGV, Pollutant.DPM, "470"),    // unchanged
                fig(4, 2005, SourceCategory.HDV, Pollutant.DPM, "212"),    // 210 before: +0.95%, within 1%
                fig(5, 2005, SourceCategory.HDV, Pollutant.NOX, "2970"),   // 3000 before: -1% exactly, within
                fig(7, 2005, SourceCategory.CHE, SubCategory.CONTAINER_TERMINAL, Pollutant.NOX, "1000",
                        MassUnit.SHORT_TONS),
                fig(6, 2005, SourceCategory.CHE, SubCategory.NON_CONTAINER_TERMINAL, Pollutant.NOX, "900",
                        MassUnit.SHORT_TONS),                              // CHE 1900 against 1800: +5.56%
                fig(8, 2005, SourceCategory.LOCOMOTIVE, Pollutant.SOX, "5"), // not in the previous edition
                fig(9, 2005, SourceCategory.HARBOR_CRAFT, Pollutant.SOX, "2"), // 0 before: up from zero
                fig(10, 2024, SourceCategory.OGV, Pollutant.NOX, "2000"));  // not a baseline figure
        PreviousEdition previous = new PreviousEdition("2024", List.of(
                fig(2, 2005, SourceCategory.OGV, Pollutant.NOX, "7200"),
                fig(3, 2005, SourceCategory.OGV, Pollutant.DPM, "470.000"),
                fig(4, 2005, SourceCategory.HDV, Pollutant.DPM, "210"),
                fig(5, 2005, SourceCategory.HDV, Pollutant.NOX, "3000"),
                fig(6, 2005, SourceCategory.CHE, Pollutant.NOX, "1800"),
                fig(7, 2005, SourceCategory.HARBOR_CRAFT, Pollutant.SOX, "0"),
                fig(8, 2005, SourceCategory.OGV, Pollutant.HC, "250"),      // no longer reported: not compared
                fig(9, 2023, SourceCategory.OGV, Pollutant.NOX, "9999")));  // not a baseline figure
        assertEquals(List.of(
                        warning(ErrorCode.BASELINE_RESTATED, 2, "The 2005 baseline of OGV NOx is 7300 short_tons"
                                + " against 7200 short_tons in edition 2024 (+1.4%), beyond the 1% tolerance;"
                                + " explain the restatement in the manifest note"),
                        warning(ErrorCode.BASELINE_RESTATED, 6, "The 2005 baseline of CHE NOx is 1900 short_tons"
                                + " against 1800 short_tons in edition 2024 (+5.6%), beyond the 1% tolerance;"
                                + " explain the restatement in the manifest note"),
                        warning(ErrorCode.BASELINE_RESTATED, 9, "The 2005 baseline of HARBOR_CRAFT SOx is 2"
                                + " short_tons against 0 short_tons in edition 2024 (up from zero), beyond the 1%"
                                + " tolerance; explain the restatement in the manifest note")),
                PackageRules.restatedBaselines(current, previous, WarningThresholds.DEFAULT));
    }

    @Test
    void aFirstEditionHasNothingToCompareItsBaselineWith() {
        List<InventoryFigure> current = List.of(fig(2, 2005, SourceCategory.OGV, Pollutant.NOX, "7300"));
        assertEquals(List.of(),
                PackageRules.restatedBaselines(current, PreviousEdition.none(), WarningThresholds.DEFAULT));
    }

    // ---------------------------------------------------------------- all rules together, deterministic

    @Test
    void checkReturnsEveryFindingInFileThenLineOrderWhateverTheInputOrder() {
        List<InventoryFigure> emissions = List.of(
                fig(2, 2005, SourceCategory.OGV, Pollutant.NOX, "7300"),
                fig(3, 2023, SourceCategory.OGV, Pollutant.NOX, "1000"),
                fig(4, 2024, SourceCategory.OGV, Pollutant.NOX, "2000"),   // +100%
                fig(5, 2024, SourceCategory.OGV, Pollutant.NOX, "2000"),   // duplicate of line 4
                fig(6, 2024, SourceCategory.HDV, Pollutant.DPM, "5"));     // no 2005 HDV DPM
        List<Throughput> throughput = List.of(teu(2, 2005), teu(3, 2024), teu(4, 2024)); // 2023 missing, 2024 twice
        List<Milestone> milestones = List.of(milestone(2, "M-1"), milestone(3, "M-1"));
        List<FleetFigure> fleet = List.of(fleet(2, 2025, SourceCategory.CHE), fleet(3, 2025, SourceCategory.CHE));
        PreviousEdition previous = new PreviousEdition("2024",
                List.of(fig(2, 2005, SourceCategory.OGV, Pollutant.NOX, "7200")));

        List<Finding> findings = PackageRules.check(records(emissions, throughput, milestones, fleet), previous,
                WarningThresholds.DEFAULT, "", null);
        List<String> summary = findings.stream()
                .map(f -> f.fileName() + ":" + f.line() + " " + f.code().code() + " " + f.severity()).toList();
        assertEquals(List.of(
                "emissions.csv:2 PV-1251 WARNING",   // 7300 against 7200
                "emissions.csv:2 PV-1260 NOTE",      // NOx of OGV only, no ALL total
                "emissions.csv:3 PV-1311 WARNING",   // no TEU for 2023
                "emissions.csv:4 PV-1250 WARNING",   // 2000 + 2000 = 4000 against 1000 (duplicate counted)
                "emissions.csv:5 PV-1210 ERROR",
                "emissions.csv:6 PV-1211 ERROR",
                "emissions.csv:6 PV-1260 NOTE",      // DPM of HDV only
                "throughput.csv:4 PV-1310 ERROR",
                "milestones.csv:3 PV-1420 ERROR",
                "fleet.csv:3 PV-1510 ERROR"), summary);

        AcceptedRecords shuffled = records(reversed(emissions), reversed(throughput), reversed(milestones),
                reversed(fleet));
        assertEquals(findings, PackageRules.check(shuffled, previous, WarningThresholds.DEFAULT, "", null));
    }

    @Test
    void findingsAreSortedByCodeAndFieldOnTheSameLine() {
        Finding b = new Finding(Severity.ERROR, ErrorCode.THROUGHPUT_YEAR_MISSING, EMISSIONS, 3, "data_year", "x");
        Finding a = new Finding(Severity.ERROR, ErrorCode.BASELINE_FIGURE_MISSING, EMISSIONS, 3, "category", "x");
        Finding manifest = new Finding(Severity.ERROR, ErrorCode.MANIFEST_INVALID, "manifest.csv", 9, "note", "x");
        List<Finding> sorted = new ArrayList<>(List.of(b, a, manifest));
        sorted.sort(Finding.ORDER);
        assertEquals(List.of(manifest, a, b), sorted);
    }

    // ---------------------------------------------------------------- where findings are kept

    @Test
    void aWarningIsKeptAsAValidationFindingAndAnErrorAsARejectedRecord() {
        Finding warning = warning(ErrorCode.YEAR_OVER_YEAR_CHANGE, 4, "OGV NOx total went ...");
        ValidationFinding kept = new ValidationFinding(SUBMISSION, warning);
        assertEquals(SUBMISSION, kept.getSubmissionId());
        assertEquals(EMISSIONS, kept.finding().fileName());
        assertEquals(4L, kept.finding().line());
        assertEquals("value", kept.finding().field());
        assertEquals("PV-1250", kept.finding().code().code());
        assertEquals(Severity.WARNING, kept.finding().severity());
        assertEquals("OGV NOx total went ...", kept.finding().message());
        assertEquals(warning, kept.finding());

        Finding error = error(ErrorCode.DUPLICATE_MILESTONE, "milestones.csv", 5, "milestone_id",
                "Duplicate of line 2: milestone id M-1 is reported twice");
        RejectedRecord rejected = new RejectedRecord(SUBMISSION, error);
        assertEquals(SUBMISSION, rejected.getSubmissionId());
        assertEquals("milestones.csv", rejected.finding().fileName());
        assertEquals(5L, rejected.finding().line());
        assertEquals("milestone_id", rejected.finding().field());
        assertEquals("PV-1420", rejected.finding().code().code());
        assertEquals("Duplicate of line 2: milestone id M-1 is reported twice", rejected.finding().message());
        assertNull(rejected.finding().rawLine());
        assertEquals(error, rejected.finding());
        assertEquals("2,M-1,...", new RejectedRecord(SUBMISSION, error.withRawLine("2,M-1,...")).finding().rawLine());

        assertThrows(IllegalArgumentException.class, () -> new ValidationFinding(SUBMISSION, error));
        assertThrows(IllegalArgumentException.class, () -> new RejectedRecord(SUBMISSION, warning));
    }

    @Test
    void thresholdsDefaultToFiftyAndOnePercentAndCannotBeNegative() {
        assertEquals(0, new BigDecimal("0.5").compareTo(WarningThresholds.DEFAULT.yearOverYearChange()));
        assertEquals(0, new BigDecimal("0.01").compareTo(WarningThresholds.DEFAULT.baselineTolerance()));
        assertThrows(IllegalArgumentException.class,
                () -> new WarningThresholds(new BigDecimal("-0.1"), BigDecimal.ONE));
    }

    @Test
    void exactCodesOfThePackageFindings() {
        assertEquals("PV-1210", ErrorCode.DUPLICATE_EMISSION.code());
        assertEquals("PV-1211", ErrorCode.BASELINE_FIGURE_MISSING.code());
        assertEquals("PV-1250", ErrorCode.YEAR_OVER_YEAR_CHANGE.code());
        assertEquals("PV-1251", ErrorCode.BASELINE_RESTATED.code());
        assertEquals("PV-1310", ErrorCode.DUPLICATE_THROUGHPUT.code());
        assertEquals("PV-1311", ErrorCode.THROUGHPUT_YEAR_MISSING.code());
        assertEquals("PV-1420", ErrorCode.DUPLICATE_MILESTONE.code());
        assertEquals("PV-1510", ErrorCode.DUPLICATE_FLEET.code());
    }
}
