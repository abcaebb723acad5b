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

    record WithNestedColumn(List<Wrapper> wrappers) {
    }

    record Wrapper(List<String> inner) {
    }

    record OgvSection(String context, List<Total> measures) {
    }

    record WithSection(List<Total> totals, OgvSection ogv) {
    }

    record WithSet(java.util.Set<Total> totals) {
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
        assertEquals(List.of("POLB", 2025L, 418L, "50000.00", "2025-12-15", "FIRST", "-93%"), row);
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
    void aListOfSomethingElseThanRecordsIsRefused() {
        TableExportException e = assertThrows(TableExportException.class, () -> ReportTables.names(WithStrings.class));
        assertTrue(e.getMessage().startsWith("PV-4202: WithStrings.notes is a java.util.List<java.lang.String>"),
                e.getMessage());
        assertThrows(TableExportException.class, () -> ReportTables.of(new WithStrings(List.of("x"))));
    }

    @Test
    void aColumnThatIsNoCellIsRefused() {
        TableExportException e = assertThrows(TableExportException.class,
                () -> ReportTables.names(WithNestedColumn.class));
        assertTrue(e.getMessage().startsWith("PV-4202: WithNestedColumn.wrappers: column Wrapper.inner is a"
                + " java.util.List"), e.getMessage());
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
    void aSetIsNoTableAndIsRefused() {
        TableExportException e = assertThrows(TableExportException.class, () -> ReportTables.names(WithSet.class));
        assertTrue(e.getMessage().startsWith("PV-4202: WithSet.totals is a java.util.Set"), e.getMessage());
    }
}
