package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.model.GlobalWarmingPotentials;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.model.SubCategory;

/**
 * {@link ConsistencyRules} over hand-built figures; every total, tolerance and factor in the expected messages is
 * worked out in the comments.
 */
class ConsistencyRulesTest {

    private static final String EMISSIONS = "emissions.csv";

    private static InventoryFigure fig(long line, int year, SourceCategory category, Pollutant pollutant,
                                       String value) {
        return fig(line, year, category, null, pollutant, value, MassUnit.SHORT_TONS);
    }

    private static InventoryFigure fig(long line, int year, SourceCategory category, SubCategory sub,
                                       Pollutant pollutant, String value, MassUnit unit) {
        return new InventoryFigure(1L, year, category, sub, pollutant, new BigDecimal(value), unit, line);
    }

    /** Five categories of NOx in {@code year}, 100 + 200 + 300 + 400 + 500 = 1500 short tons, from {@code line}. */
    private static List<InventoryFigure> fiveCategories(long line, int year) {
        List<InventoryFigure> figures = new ArrayList<>();
        int tons = 100;
        for (SourceCategory category : SourceCategory.sources()) {
            figures.add(fig(line++, year, category, Pollutant.NOX, String.valueOf(tons)));
            tons += 100;
        }
        return figures;
    }

    // ---------------------------------------------------------------- PV-1214

    @Test
    void aTotalWithinHalfATonPerFigureOfItsCategoriesAgrees() {
        // 1500 from the five categories; tolerance max(0.5 x (5 + 1) = 3, 0.5 % of 1503 = 7.515) = 7.515
        List<InventoryFigure> figures = new ArrayList<>(fiveCategories(2, 2024));
        figures.add(fig(7, 2024, SourceCategory.ALL, Pollutant.NOX, "1507.5"));
        assertEquals(List.of(), ConsistencyRules.totalsAgainstCategories(figures));
    }

    @Test
    void aTotalBeyondTheRoundingToleranceIsAnErrorWithBothNumbers() {
        // 1600 against 1500: 100 apart; tolerance max(3, 0.5 % of 1600 = 8) = 8
        List<InventoryFigure> figures = new ArrayList<>(fiveCategories(2, 2024));
        figures.add(fig(7, 2024, SourceCategory.ALL, Pollutant.NOX, "1600"));
        assertEquals(List.of(new Finding(Severity.ERROR, ErrorCode.TOTAL_DISAGREES_WITH_CATEGORIES, EMISSIONS, 7,
                        "value", "The all-categories total of NOx in 2024 is 1600 short_tons, but its source categories"
                        + " add up to 1500 short_tons (+100 short_tons), beyond the rounding tolerance of 8 short_tons;"
                        + " correct the total or the categories")),
                ConsistencyRules.totalsAgainstCategories(figures));
    }

    @Test
    void someCategoriesMayAddUpToLessThanTheTotalButNeverToMore() {
        // OGV 100 + HARBOR_CRAFT 200 = 300 of 2 categories: under a total of 1000 is fine, over 250 is not
        // (tolerance for 250: max(0.5 x 3 = 1.5, 1.25) = 1.5)
        List<InventoryFigure> under = List.of(fig(2, 2024, SourceCategory.OGV, Pollutant.NOX, "100"),
                fig(3, 2024, SourceCategory.HARBOR_CRAFT, Pollutant.NOX, "200"),
                fig(4, 2024, SourceCategory.ALL, Pollutant.NOX, "1000"));
        assertEquals(List.of(), ConsistencyRules.totalsAgainstCategories(under));

        List<InventoryFigure> over = List.of(under.get(0), under.get(1),
                fig(4, 2024, SourceCategory.ALL, Pollutant.NOX, "250"));
        assertEquals(List.of(new Finding(Severity.ERROR, ErrorCode.TOTAL_DISAGREES_WITH_CATEGORIES, EMISSIONS, 4,
                        "value", "The all-categories total of NOx in 2024 is 250 short_tons, but its source categories"
                        + " add up to 300 short_tons of 2 categories (-50 short_tons), beyond the rounding tolerance"
                        + " of 1.5 short_tons; correct the total or the categories")),
                ConsistencyRules.totalsAgainstCategories(over));
    }

    // ---------------------------------------------------------------- PV-1220, PV-1221

    @Test
    void pm25AndDpmAbovePm10AreErrorsAtTheLargerFigure() {
        // OGV 2024: PM10 40, PM2.5 36.8 (fine), DPM 41 (above); CHE 2024: PM10 10, PM2.5 10.5 (above), DPM 10 (equal)
        List<InventoryFigure> figures = List.of(
                fig(2, 2024, SourceCategory.OGV, Pollutant.PM10, "40"),
                fig(3, 2024, SourceCategory.OGV, Pollutant.PM2_5, "36.8"),
                fig(4, 2024, SourceCategory.OGV, Pollutant.DPM, "41"),
                fig(5, 2024, SourceCategory.CHE, Pollutant.PM10, "10"),
                fig(6, 2024, SourceCategory.CHE, Pollutant.PM2_5, "10.5"),
                fig(7, 2024, SourceCategory.CHE, Pollutant.DPM, "10"));
        assertEquals(List.of(
                        new Finding(Severity.ERROR, ErrorCode.DPM_ABOVE_PM10, EMISSIONS, 4, "value",
                                "DPM of OGV in 2024 is 41 short_tons, above its PM10 of 40 short_tons; diesel"
                                        + " particulate matter is counted as PM10: check the pollutant codes and the"
                                        + " figures"),
                        new Finding(Severity.ERROR, ErrorCode.PM25_ABOVE_PM10, EMISSIONS, 6, "value",
                                "PM2.5 of CHE in 2024 is 10.5 short_tons, above its PM10 of 10 short_tons; PM2.5 is a"
                                        + " part of PM10: check the pollutant codes and the figures")),
                ConsistencyRules.particulates(figures));
    }

    @Test
    void subCategoriesAreAddedBeforeParticulatesAreCompared() {
        // CHE PM10 = 6 + 5 = 11 against PM2.5 10: fine, although each part alone is below 10
        List<InventoryFigure> figures = List.of(
                fig(2, 2024, SourceCategory.CHE, SubCategory.CONTAINER_TERMINAL, Pollutant.PM10, "6",
                        MassUnit.SHORT_TONS),
                fig(3, 2024, SourceCategory.CHE, SubCategory.NON_CONTAINER_TERMINAL, Pollutant.PM10, "5",
                        MassUnit.SHORT_TONS),
                fig(4, 2024, SourceCategory.CHE, Pollutant.PM2_5, "10"));
        assertEquals(List.of(), ConsistencyRules.particulates(figures));
    }

    // ---------------------------------------------------------------- PV-1222

    /** OGV 2024 in metric tons from {@code line}: CO2e, then CO2, CH4, N2O. */
    private static List<InventoryFigure> gases(long line, String co2e, String co2, String ch4, String n2o) {
        return List.of(fig(line, 2024, SourceCategory.OGV, null, Pollutant.CO2E, co2e, MassUnit.METRIC_TONS),
                fig(line + 1, 2024, SourceCategory.OGV, null, Pollutant.CO2, co2, MassUnit.METRIC_TONS),
                fig(line + 2, 2024, SourceCategory.OGV, null, Pollutant.CH4, ch4, MassUnit.METRIC_TONS),
                fig(line + 3, 2024, SourceCategory.OGV, null, Pollutant.N2O, n2o, MassUnit.METRIC_TONS));
    }

    private static final String CHECK_THE_FIGURES = "check the CO2e, CO2, CH4 and N2O figures of this data year and"
            + " category in emissions.csv and their units, or say in the manifest note which other gases (such as"
            + " refrigerants) the CO2e includes";

    @Test
    void co2eThatAgreesWithItsGasesUnderTheStatedSetPasses() {
        // CO2 1000, CH4 2, N2O 1: AR4 1000 + 25 x 2 + 298 x 1 = 1348; AR5 1000 + 28 x 2 + 265 x 1 = 1321
        assertEquals(List.of(), ConsistencyRules.co2eAgainstGases(gases(2, "1348", "1000", "2", "1"),
                GlobalWarmingPotentials.AR4));
        assertEquals(List.of(), ConsistencyRules.co2eAgainstGases(gases(2, "1321", "1000", "2", "1"),
                GlobalWarmingPotentials.AR5));
    }

    @Test
    void co2eOfTheOtherSetIsAWarningThatNamesIt() {
        // stated AR5 gives 1321; CO2e 1348 is 27 away, beyond 1 % of 1348 = 13.48; AR4's 1348 agrees exactly
        assertEquals(List.of(new Finding(Severity.WARNING, ErrorCode.CO2E_DISAGREES_WITH_GASES, EMISSIONS, 2, "value",
                        "CO2e of OGV in 2024 is 1348 metric_tons, but its CO2, CH4 and N2O give 1321 metric_tons"
                                + " under AR5 (CO2 + 28 x CH4 + 265 x N2O), beyond the tolerance of 13.48 metric_tons;"
                                + " the figures agree with AR4 instead: check the manifest's gwp in manifest.csv, which"
                                + " states AR5")),
                ConsistencyRules.co2eAgainstGases(gases(2, "1348", "1000", "2", "1"), GlobalWarmingPotentials.AR5));
    }

    @Test
    void co2eThatAgreesWithNoSetIsAWarningWithBothNumbers() {
        // CO2e 1500 against AR4's 1348: 152 apart, beyond 1 % of 1500 = 15; AR5's 1321 is no closer
        assertEquals(List.of(new Finding(Severity.WARNING, ErrorCode.CO2E_DISAGREES_WITH_GASES, EMISSIONS, 2, "value",
                        "CO2e of OGV in 2024 is 1500 metric_tons, but its CO2, CH4 and N2O give 1348 metric_tons"
                                + " under AR4 (CO2 + 25 x CH4 + 298 x N2O), beyond the tolerance of 15 metric_tons; "
                                + CHECK_THE_FIGURES)),
                ConsistencyRules.co2eAgainstGases(gases(2, "1500", "1000", "2", "1"), GlobalWarmingPotentials.AR4));
    }

    @Test
    void withoutAStatedSetEitherSetMayAgree() {
        assertEquals(List.of(), ConsistencyRules.co2eAgainstGases(gases(2, "1348", "1000", "2", "1"), null));
        assertEquals(List.of(), ConsistencyRules.co2eAgainstGases(gases(2, "1321", "1000", "2", "1"), null));
        // 1500: 152 from AR4's 1348 and 179 from AR5's 1321, both beyond 15
        assertEquals(List.of(new Finding(Severity.WARNING, ErrorCode.CO2E_DISAGREES_WITH_GASES, EMISSIONS, 2, "value",
                        "CO2e of OGV in 2024 is 1500 metric_tons, but its CO2, CH4 and N2O give 1348 metric_tons"
                                + " under AR4 (CO2 + 25 x CH4 + 298 x N2O) and 1321 metric_tons under AR5 (CO2 + 28 x"
                                + " CH4 + 265 x N2O), beyond the tolerance of 15 metric_tons; " + CHECK_THE_FIGURES
                                + "; state the set the CO2e uses in the manifest's gwp column (AR4 or AR5)")),
                ConsistencyRules.co2eAgainstGases(gases(2, "1500", "1000", "2", "1"), null));
    }

    @Test
    void theToleranceIsOnePercentOfTheCo2eAtTheEdgeIncluded() {
        // CH4 and N2O 0, so the gases give CO2: CO2e 1000 tolerates 1 % = 10
        assertEquals(List.of(), ConsistencyRules.co2eAgainstGases(gases(2, "1000", "1010", "0", "0"),
                GlobalWarmingPotentials.AR5));
        assertEquals(List.of(), ConsistencyRules.co2eAgainstGases(gases(2, "1000", "990", "0", "0"),
                GlobalWarmingPotentials.AR5));
        assertEquals(List.of("2 PV-1222"), summary(ConsistencyRules.co2eAgainstGases(
                gases(2, "1000", "1010.001", "0", "0"), GlobalWarmingPotentials.AR5)));
        assertEquals(List.of("2 PV-1222"), summary(ConsistencyRules.co2eAgainstGases(
                gases(2, "1000", "989.999", "0", "0"), GlobalWarmingPotentials.AR5)));
    }

    @Test
    void aSmallCo2eToleratesHalfATon() {
        // CO2e 20: 1 % is 0.2, less than 0.5 t, so 0.5 t it is
        assertEquals(List.of(), ConsistencyRules.co2eAgainstGases(gases(2, "20", "20.5", "0", "0"),
                GlobalWarmingPotentials.AR4));
        List<Finding> beyond = ConsistencyRules.co2eAgainstGases(gases(2, "20", "20.6", "0", "0"),
                GlobalWarmingPotentials.AR4);
        assertEquals(List.of("2 PV-1222"), summary(beyond));
        assertTrue(beyond.get(0).message().contains("beyond the tolerance of 0.5 metric_tons"), beyond.get(0).message());
    }

    @Test
    void gasesInShortTonsAreConvertedToMetricTonsFirst() {
        // CO2 1000 short tons = 907.18474 t; with CH4 2 t and N2O 1 t under AR4: 907.18474 + 50 + 298 = 1255.18474 t
        List<InventoryFigure> figures = List.of(
                fig(2, 2024, SourceCategory.OGV, null, Pollutant.CO2E, "1255.185", MassUnit.METRIC_TONS),
                fig(3, 2024, SourceCategory.OGV, null, Pollutant.CO2, "1000", MassUnit.SHORT_TONS),
                fig(4, 2024, SourceCategory.OGV, null, Pollutant.CH4, "2", MassUnit.METRIC_TONS),
                fig(5, 2024, SourceCategory.OGV, null, Pollutant.N2O, "1", MassUnit.METRIC_TONS));
        assertEquals(List.of(), ConsistencyRules.co2eAgainstGases(figures, GlobalWarmingPotentials.AR4));

        // the unconverted sum, 1348, is 92.81526 t off: beyond 1 % of 1348 = 13.48
        List<InventoryFigure> unconverted = new ArrayList<>(figures);
        unconverted.set(0, fig(2, 2024, SourceCategory.OGV, null, Pollutant.CO2E, "1348", MassUnit.METRIC_TONS));
        List<Finding> findings = ConsistencyRules.co2eAgainstGases(unconverted, GlobalWarmingPotentials.AR4);
        assertEquals(List.of("2 PV-1222"), summary(findings));
        assertTrue(findings.get(0).message().contains("give 1255.185 metric_tons under AR4"),
                findings.get(0).message());
    }

    @Test
    void onlyAYearCategoryAndSubCategoryFilingAllFourGasesIsChecked() {
        // CHE CONTAINER_TERMINAL files all four (CO2e 500 against 1348: warned); CHE as a whole lacks N2O, and
        // OGV's gases are in 2024 but its CO2e in 2023: neither is checked
        List<InventoryFigure> figures = List.of(
                fig(2, 2024, SourceCategory.CHE, SubCategory.CONTAINER_TERMINAL, Pollutant.CO2E, "500",
                        MassUnit.METRIC_TONS),
                fig(3, 2024, SourceCategory.CHE, SubCategory.CONTAINER_TERMINAL, Pollutant.CO2, "1000",
                        MassUnit.METRIC_TONS),
                fig(4, 2024, SourceCategory.CHE, SubCategory.CONTAINER_TERMINAL, Pollutant.CH4, "2",
                        MassUnit.METRIC_TONS),
                fig(5, 2024, SourceCategory.CHE, SubCategory.CONTAINER_TERMINAL, Pollutant.N2O, "1",
                        MassUnit.METRIC_TONS),
                fig(6, 2024, SourceCategory.CHE, null, Pollutant.CO2E, "1", MassUnit.METRIC_TONS),
                fig(7, 2024, SourceCategory.CHE, null, Pollutant.CO2, "1000", MassUnit.METRIC_TONS),
                fig(8, 2024, SourceCategory.CHE, null, Pollutant.CH4, "2", MassUnit.METRIC_TONS),
                fig(9, 2023, SourceCategory.OGV, null, Pollutant.CO2E, "1", MassUnit.METRIC_TONS),
                fig(10, 2024, SourceCategory.OGV, null, Pollutant.CO2, "1000", MassUnit.METRIC_TONS),
                fig(11, 2024, SourceCategory.OGV, null, Pollutant.CH4, "2", MassUnit.METRIC_TONS),
                fig(12, 2024, SourceCategory.OGV, null, Pollutant.N2O, "1", MassUnit.METRIC_TONS));
        List<Finding> findings = ConsistencyRules.co2eAgainstGases(figures, GlobalWarmingPotentials.AR4);
        assertEquals(List.of("2 PV-1222"), summary(findings));
        assertTrue(findings.get(0).message().startsWith("CO2e of CHE CONTAINER_TERMINAL in 2024 is 500 metric_tons"),
                findings.get(0).message());
    }

    private static List<String> summary(List<Finding> findings) {
        return findings.stream().map(f -> f.line() + " " + f.code().code()).toList();
    }

    // ---------------------------------------------------------------- PV-1223

    @Test
    void aPollutantInTwoUnitsIsWarnedOnceAtTheFirstLineInTheOtherUnit() {
        List<InventoryFigure> figures = List.of(
                fig(2, 2024, SourceCategory.OGV, null, Pollutant.CO2E, "1000", MassUnit.METRIC_TONS),
                fig(3, 2024, SourceCategory.CHE, null, Pollutant.CO2E, "1100", MassUnit.SHORT_TONS),
                fig(4, 2024, SourceCategory.HDV, null, Pollutant.CO2E, "1200", MassUnit.SHORT_TONS),
                fig(5, 2024, SourceCategory.HDV, null, Pollutant.NOX, "12", MassUnit.METRIC_TONS));
        assertEquals(List.of(new Finding(Severity.WARNING, ErrorCode.UNITS_MIXED, EMISSIONS, 3, "unit",
                        "CO2e is reported in short_tons here but in metric_tons on line 2; report each pollutant in"
                                + " one unit (the figure is converted, but mixed units usually mean a copied row)")),
                ConsistencyRules.mixedUnits(figures));
    }

    // ---------------------------------------------------------------- PV-1260

    @Test
    void aPollutantCoveringSomeCategoriesWithoutATotalIsANoteNamingItsYears() {
        List<InventoryFigure> figures = new ArrayList<>(fiveCategories(2, 2005));
        figures.add(fig(7, 2005, SourceCategory.OGV, Pollutant.SOX, "900"));
        figures.add(fig(8, 2005, SourceCategory.CHE, Pollutant.SOX, "10"));
        figures.add(fig(9, 2024, SourceCategory.OGV, Pollutant.SOX, "20"));
        figures.add(fig(10, 2024, SourceCategory.CHE, Pollutant.SOX, "1"));
        figures.add(fig(11, 2024, SourceCategory.ALL, Pollutant.DPM, "40"));
        assertEquals(List.of(new Finding(Severity.NOTE, ErrorCode.PARTIAL_INVENTORY, EMISSIONS, 7, "category",
                        "SOx in 2005 and 2024 covers OGV, CHE only, without HARBOR_CRAFT, LOCOMOTIVE, HDV, and no"
                                + " all-categories (ALL) total: the port's total for it is partial and every figure"
                                + " built on it says so")),
                ConsistencyRules.partialInventories(figures));
    }

    // ---------------------------------------------------------------- PV-1252, PV-1253, PV-1261

    private static final PreviousEdition PREVIOUS = new PreviousEdition("2024", List.of(
            fig(2, 2020, SourceCategory.OGV, Pollutant.SOX, "200"),
            fig(3, 2020, SourceCategory.OGV, Pollutant.CO, "500"),
            fig(4, 2020, SourceCategory.CHE, Pollutant.NOX, "300"),
            fig(5, 2020, SourceCategory.HDV, Pollutant.NOX, "80"),
            fig(6, 2019, SourceCategory.HDV, Pollutant.NOX, "90")));

    /** OGV SOx 200 to 19.5 (10.3 times less), OGV CO 500 to 5 (not a key pollutant: a restatement), CHE NOx 303. */
    private static final List<InventoryFigure> RESTATED = List.of(
            fig(10, 2020, SourceCategory.OGV, Pollutant.SOX, "19.5"),
            fig(11, 2020, SourceCategory.OGV, Pollutant.CO, "5"),
            fig(12, 2020, SourceCategory.CHE, Pollutant.NOX, "303"));

    @Test
    void aKeyPollutantRestatedTenfoldWithoutANoteIsAnErrorAndOtherChangesAreRestatements() {
        // SOx: 200 / 19.5 = 10.256... -> "10.3 times less"; CO: (5 - 500) / 500 = -99.0 %; NOx: +1.0 % is within
        // the 1 % tolerance only when equal to it: 3 / 300 = 0.01, not beyond; HDV NOx 2020 is missing (2019 is a
        // data year this edition does not restate: nothing to say)
        assertEquals(List.of(
                        new Finding(Severity.ERROR, ErrorCode.MAGNITUDE_CHANGED, EMISSIONS, 10, "value",
                                "OGV SOx of data year 2020 is 19.5 short_tons against 200 short_tons in edition"
                                        + " 2024: a change by a factor of 10.3 times less, beyond ten; correct the"
                                        + " figure or its unit, or explain the method change in the manifest note"),
                        new Finding(Severity.WARNING, ErrorCode.REPORTED_BEFORE_MISSING, EMISSIONS, 10,
                                "category,pollutant", "Edition 2024 reported HDV NOx for data year 2020; this edition"
                                + " does not: the figure is missing, or explain its removal in the manifest note"),
                        new Finding(Severity.WARNING, ErrorCode.DATA_YEAR_RESTATED, EMISSIONS, 11, "value",
                                "OGV CO of data year 2020 is 5 short_tons against 500 short_tons in edition 2024"
                                        + " (-99.0%), beyond the 1% tolerance; explain the restatement in the manifest"
                                        + " note")),
                ConsistencyRules.againstPreviousEdition(RESTATED, PREVIOUS, WarningThresholds.DEFAULT, ""));
    }

    @Test
    void aMethodologyNoteTurnsTheTenfoldChangeIntoAWarning() {
        List<Finding> findings = ConsistencyRules.againstPreviousEdition(RESTATED, PREVIOUS,
                WarningThresholds.DEFAULT, "SOx: fuel sulfur now from bunker delivery notes");
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals(ErrorCode.MAGNITUDE_CHANGED, findings.get(0).code());
        assertEquals("OGV SOx of data year 2020 is 19.5 short_tons against 200 short_tons in edition 2024: a change"
                + " by a factor of 10.3 times less, beyond ten; the manifest note is taken as its methodology note:"
                + " check that it explains this change", findings.get(0).message());
    }

    @Test
    void factorsAreMeasuredEitherWayAndNeverFromZero() {
        assertEquals("10.0 times more", ConsistencyRules.factorBeyond(new BigDecimal("100"), BigDecimal.TEN));
        assertNull(ConsistencyRules.factorBeyond(new BigDecimal("99.9"), BigDecimal.TEN));
        assertEquals("12.5 times less", ConsistencyRules.factorBeyond(new BigDecimal("8"), new BigDecimal("100")));
        assertNull(ConsistencyRules.factorBeyond(BigDecimal.ZERO, BigDecimal.TEN));
        assertNull(ConsistencyRules.factorBeyond(BigDecimal.TEN, BigDecimal.ZERO));
    }

    // ---------------------------------------------------------------- together

    @Test
    void checkGivesTheSameFindingsWhateverTheInputOrder() {
        List<InventoryFigure> figures = new ArrayList<>(RESTATED);
        figures.addAll(fiveCategories(20, 2024));
        figures.add(fig(30, 2024, SourceCategory.ALL, Pollutant.NOX, "1600"));
        List<Finding> findings = ConsistencyRules.check(figures, PREVIOUS, WarningThresholds.DEFAULT, "", null);
        Collections.reverse(figures);
        assertEquals(findings, ConsistencyRules.check(figures, PREVIOUS, WarningThresholds.DEFAULT, "", null));
        assertEquals(List.of("10 PV-1252", "10 PV-1260", "10 PV-1261", "11 PV-1253", "11 PV-1260", "12 PV-1260",
                        "30 PV-1214"),
                findings.stream().map(f -> f.line() + " " + f.code().code()).toList());
    }

    @Test
    void checkWeighsTheCo2eWithTheStatedSet() {
        // 1348 agrees with AR4 only (see PV-1222 above); the gases of OGV alone also make PV-1260 notes
        List<InventoryFigure> figures = gases(2, "1348", "1000", "2", "1");
        assertEquals(List.of(), summary(ConsistencyRules.check(figures, PreviousEdition.none(),
                WarningThresholds.DEFAULT, "", GlobalWarmingPotentials.AR4).stream()
                .filter(f -> f.code() != ErrorCode.PARTIAL_INVENTORY).toList()));
        assertEquals(List.of("2 PV-1222"), summary(ConsistencyRules.check(figures, PreviousEdition.none(),
                WarningThresholds.DEFAULT, "", GlobalWarmingPotentials.AR5).stream()
                .filter(f -> f.code() != ErrorCode.PARTIAL_INVENTORY).toList()));
    }
}
