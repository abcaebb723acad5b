package org.portverify.reports.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReportTablesTest {

    enum Kind { FIRST, REPEAT }

    record Charge(String port, int dataYear, long lineNumber, BigDecimal amount, LocalDate dueDate, Kind kind,
                  String changePer10kTeu) {
    }

    record Total(String port, String toDate) {
    }

    record Model(int reportingYear, String status, List<Charge> defaultCharges, List<Total> penaltyTotals) {
    }

    record WithStrings(List<String> notes) {
    }

    record Nested(List<Charge> charges) {
    }

    record WithObjects(List<Object> things) {
    }

    record Boxed(String port, Total total) {
    }

    record WithRecordColumn(List<Boxed> rows) {
    }

    record WithMapColumn(List<Mapped> rows) {
    }

    record Mapped(java.util.Map<String, String> cells) {
    }

    record Node(String name, List<Node> children) {
    }

    record Tree(List<Node> nodes) {
    }

    record OgvSection(String context, List<Total> measures) {
    }

    record WithSection(List<Total> totals, OgvSection ogv) {
    }

    record WithSet(java.util.Set<Total> totals) {
    }

    record WithFlatSection(List<Total> totals, @FlatSection OgvSection ogv) {
    }

    record TotalsSection(List<Total> totals) {
    }

    record WithClashingSection(List<Total> totals, @FlatSection TotalsSection more) {
    }

    private static final Model MODEL = new Model(2025, "DRAFT",
            List.of(new Charge("POLB", 2025, 418, new BigDecimal("50000.00"), LocalDate.of(2025, 12, 15), Kind.FIRST,
                    "-93%")),
            List.of(new Total("POLA", "$0"), new Total("POLB", "$50,000")));

    @Test
    void everyListOfRecordsIsATableInComponentOrderNamedInKebabCase() {
        assertEquals(List.of("default-charges", "penalty-totals"), ReportTables.names(Model.class));
        List<ReportTable> tables = ReportTables.of(MODEL);
        assertEquals(List.of("default-charges", "penalty-totals"), tables.stream().map(ReportTable::name).toList());
        assertEquals(List.of(List.of("POLA", "$0"), List.of("POLB", "$50,000")), tables.get(1).rows());
    }

    @Test
    void columnsAreTheRowComponentsHeadedInWords() {
        ReportTable charges = ReportTables.table(MODEL, "default-charges").orElseThrow();
        assertEquals(List.of("Port", "Data year", "Line number", "Amount", "Due date", "Kind",
                "Change per 10,000 TEU"), charges.headers());
    }

    @Test
    void wholeNumbersStayNumbersAndEverythingElseIsItsText() {
        List<Object> row = ReportTables.table(MODEL, "default-charges").orElseThrow().rows().get(0);
        assertEquals(List.of("POLB", 2025L, 418L, new BigDecimal("50000.00"), "2025-12-15", "FIRST", "-93%"), row);
    }

    @Test
    void anUnknownNameIsNoTable() {
        assertEquals(Optional.empty(), ReportTables.table(MODEL, "reductions"));
        assertEquals(Optional.empty(), ReportTables.table(MODEL, "defaultCharges"));
    }

    @Test
    void headingsSpellTheDomainsWords() {
        assertEquals("PM2.5", ReportTables.heading("pm25"));
        assertEquals("CO2e", ReportTables.heading("co2e"));
        assertEquals("NOx", ReportTables.heading("nox"));
        assertEquals("SHA-256", ReportTables.heading("sha256"));
        assertEquals("Baseline tons", ReportTables.heading("baselineTons"));
        assertEquals("Status found", ReportTables.heading("statusFound"));
        assertEquals("Execution ID", ReportTables.heading("executionId"));
        assertEquals("penalty-totals", ReportTables.kebab("penaltyTotals"));
        assertEquals("pm25-rows", ReportTables.kebab("pm25Rows"));
        assertEquals("reductions", ReportTables.kebab("reductions"));
    }

    @Test
    void aListOfTextIsATableOfOneColumn() {
        ReportTable notes = ReportTables.table(new WithStrings(List.of("first", "=second")), "notes").orElseThrow();
        assertEquals(List.of("Notes"), notes.headers());
        assertEquals(List.of(List.of("first"), List.of("=second")), notes.rows());
    }

    @Test
    void aListOfSomethingElseIsRefused() {
        TableExportException e = assertThrows(TableExportException.class, () -> ReportTables.names(WithObjects.class));
        assertTrue(e.getMessage().startsWith("WithObjects.things is a java.util.List<java.lang.Object>;"),
                e.getMessage());
        assertThrows(TableExportException.class, () -> ReportTables.of(new WithObjects(List.of())));
    }

    @Test
    void aColumnThatIsNoCellIsRefused() {
        TableExportException e = assertThrows(TableExportException.class,
                () -> ReportTables.names(WithRecordColumn.class));
        assertTrue(e.getMessage().startsWith("WithRecordColumn.rows: column Boxed.total is a"
                + " org.portverify.reports.tables.ReportTablesTest$Total;"), e.getMessage());
        assertThrows(TableExportException.class, () -> ReportTables.names(WithMapColumn.class));
    }

    @Test
    void aTableNestingItselfIsRefused() {
        TableExportException e = assertThrows(TableExportException.class, () -> ReportTables.names(Tree.class));
        assertTrue(e.getMessage().startsWith("Node.children holds a Node inside a Node"), e.getMessage());
    }

    /** Like the report's charts: a chart holds series, a series holds points. */
    record Point(int year, double value) {
    }

    record Series(String name, List<Point> points) {
    }

    record Chart(String title, List<Series> series, List<String> notes) {
    }

    record WithCharts(List<Chart> charts) {
    }

    @Test
    void listsInsideRowsAreTablesOfTheirOwnWithTheirParentsCellsInFront() {
        WithCharts model = new WithCharts(List.of(
                new Chart("NOx", List.of(new Series("POLA", List.of(new Point(2005, 15370.0), new Point(2024, 0.25))),
                        new Series("POLB", List.of())), List.of("2005 is the baseline")),
                new Chart("DPM", List.of(new Series("POLA", List.of(new Point(2024, 106.2)))), List.of())));
        assertEquals(List.of("charts", "charts-series", "charts-series-points", "charts-notes"),
                ReportTables.names(WithCharts.class));
        List<ReportTable> tables = ReportTables.of(model);
        assertEquals(List.of(List.of("NOx"), List.of("DPM")), tables.get(0).rows());
        assertEquals(List.of("Title", "Name"), tables.get(1).headers());
        assertEquals(List.of(List.of("NOx", "POLA"), List.of("NOx", "POLB"), List.of("DPM", "POLA")),
                tables.get(1).rows());
        assertEquals(List.of("Title", "Name", "Year", "Value"), tables.get(2).headers());
        assertEquals(List.of(List.of("NOx", "POLA", 2005L, new BigDecimal("15370")),
                List.of("NOx", "POLA", 2024L, new BigDecimal("0.25")),
                List.of("DPM", "POLA", 2024L, new BigDecimal("106.2"))), tables.get(2).rows());
        assertEquals(List.of(List.of("NOx", "2005 is the baseline")), tables.get(3).rows());
    }

    @Test
    void aDecimalThatIsNotFiniteIsNa() {
        record Values(double value) {
        }
        record WithValues(List<Values> values) {
        }
        assertEquals(List.of(List.of("n/a"), List.of(new BigDecimal("0.0001"))),
                ReportTables.of(new WithValues(List.of(new Values(Double.NaN), new Values(0.0001)))).get(0).rows());
    }

    @Test
    void aModelWithoutListsHasNoTables() {
        record Scalars(int year, String status) {
        }
        assertEquals(List.of(), ReportTables.of(new Scalars(2025, "DRAFT")));
        assertEquals(List.of("charges"), ReportTables.names(Nested.class));
    }

    @Test
    void aSectionsTablesAreNamedAfterTheSectionAndTheTable() {
        WithSection model = new WithSection(List.of(new Total("POLA", "$0")),
                new OgvSection("transpacific", List.of(new Total("POLB", "$1"), new Total("POLA", "$2"))));
        assertEquals(List.of("totals", "ogv-measures"), ReportTables.names(WithSection.class));
        assertEquals(List.of(List.of("POLB", "$1"), List.of("POLA", "$2")),
                ReportTables.table(model, "ogv-measures").orElseThrow().rows());
        // a section left out is a table without rows
        assertEquals(List.of(), ReportTables.table(new WithSection(List.of(), null), "ogv-measures").orElseThrow()
                .rows());
    }

    @Test
    void aFlatSectionsTablesKeepTheirOwnNames() {
        WithFlatSection model = new WithFlatSection(List.of(new Total("POLA", "$0")),
                new OgvSection("transpacific", List.of(new Total("POLB", "$1"))));
        assertEquals(List.of("totals", "measures"), ReportTables.names(WithFlatSection.class));
        assertEquals(List.of(List.of("POLB", "$1")), ReportTables.table(model, "measures").orElseThrow().rows());
        assertEquals(List.of("Port", "To date"), ReportTables.table(model, "measures").orElseThrow().headers());
        assertEquals(Optional.empty(), ReportTables.table(model, "ogv-measures"));
    }

    @Test
    void twoTablesOfOneNameAreRefused() {
        TableExportException e = assertThrows(TableExportException.class,
                () -> ReportTables.names(WithClashingSection.class));
        assertTrue(e.getMessage().startsWith("WithClashingSection has two tables named totals"),
                e.getMessage());
        assertThrows(TableExportException.class, () -> ReportTables.of(new WithClashingSection(List.of(), null)));
    }

    @Test
    void aSetIsNoTableAndIsRefused() {
        TableExportException e = assertThrows(TableExportException.class, () -> ReportTables.names(WithSet.class));
        assertTrue(e.getMessage().startsWith("WithSet.totals is a java.util.Set"), e.getMessage());
    }
}
