package org.portverify.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.portverify.reports.tables.CsvTables;
import org.portverify.reports.tables.ReportTable;
import org.portverify.reports.tables.ReportTables;
import org.portverify.reports.tables.XlsxTables;

/**
 * Every table of the Board report model is exportable: a List component added to {@link BoardReportModel} whose rows
 * the exports cannot write fails here, not on a server.
 */
class BoardReportTablesTest {

    /** A List component of the model or of one of its sections (then {@code section} is that section's component). */
    private record ListComponent(RecordComponent section, RecordComponent list) {

        List<?> rows(BoardReportModel model) throws ReflectiveOperationException {
            Object owner = section == null ? model : section.getAccessor().invoke(model);
            return (List<?>) list.getAccessor().invoke(owner);
        }
    }

    /** The List components of the model and of its sections, found here independently of {@link ReportTables}. */
    private static List<ListComponent> listComponents() {
        List<ListComponent> lists = new ArrayList<>();
        for (RecordComponent component : BoardReportModel.class.getRecordComponents()) {
            if (List.class.isAssignableFrom(component.getType())) {
                lists.add(new ListComponent(null, component));
            } else if (component.getType().isRecord()) {
                Arrays.stream(component.getType().getRecordComponents())
                        .filter(c -> List.class.isAssignableFrom(c.getType()))
                        .forEach(c -> lists.add(new ListComponent(component, c)));
            }
        }
        return lists;
    }

    private static String kebab(ListComponent component) {
        return component.list().getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void theTablesKeepTheNamesAndOrderTheExportsHaveAlwaysHad() {
        // the REST paths (/api/reports/runs/{id}/tables/{name}.csv) and the workbook's sheets, in sheet order; a new
        // table comes last (opinions and claims, issue 15; the tons by data year and the projection bands, issue 16)
        assertEquals(List.of("reductions", "trends", "inputs", "rejected", "milestones", "defaults",
                "penalty-totals", "summary", "key-figures", "categories", "standards", "zero-emission",
                "projections", "ogv", "ogv-figures", "submissions", "qa-flags", "restatements", "charts",
                "charts-series", "charts-series-points", "charts-bars", "charts-markers", "charts-bands",
                "charts-bands-points", "opinions", "claims", "tons", "projection-band"),
                ReportTables.names(BoardReportModel.class));
    }

    @Test
    void everyListOfTheModelIsATable() {
        List<String> names = ReportTables.names(BoardReportModel.class);
        for (ListComponent list : listComponents()) {
            assertTrue(names.contains(kebab(list)), kebab(list) + " in " + names);
        }
        assertTrue(names.containsAll(List.of("reductions", "trends", "inputs", "rejected", "milestones",
                "defaults", "penalty-totals")), names.toString());
    }

    @Test
    void everyTableOfTheSampleHasEveryRowAndColumn() throws Exception {
        BoardReportModel model = SampleModels.sample();
        List<ReportTable> tables = ReportTables.of(model);
        assertEquals(ReportTables.names(BoardReportModel.class), tables.stream().map(ReportTable::name).toList());
        for (ListComponent list : listComponents()) {
            List<?> rows = list.rows(model);
            ReportTable table = tables.stream().filter(t -> t.name().equals(kebab(list))).findFirst().orElseThrow();
            assertEquals(rows.size(), table.rows().size(), table.name());
            Class<?> element = (Class<?>) ((ParameterizedType) list.list().getGenericType())
                    .getActualTypeArguments()[0];
            // a column per component that is not itself a list (those are tables of their own), one for a list of text
            long columns = element.isRecord() ? Arrays.stream(element.getRecordComponents())
                    .filter(c -> !List.class.isAssignableFrom(c.getType())).count() : 1;
            assertEquals(columns, table.headers().size(), table.name());
        }
        for (ReportTable table : tables) {
            // every table writes, its heading first
            String csv = new String(CsvTables.write(table), StandardCharsets.UTF_8);
            assertTrue(csv.startsWith(table.headers().get(0)) && csv.endsWith("\r\n"), table.name());
        }
    }

    @Test
    void theHeadlineTableShowsThePdfsFigures() {
        ReportTable reductions = ReportTables.table(SampleModels.sample(), "reductions").orElseThrow();
        assertEquals(List.of("Entity", "Pollutant", "Unit", "Baseline tons", "Tons", "Change",
                "Change per 10,000 TEU"), reductions.headers());
        // POLA DPM as in the sample: 1,062.0 to 106.2 short tons, -90%, per 10,000 TEU -93%
        assertEquals(List.of("Port of Los Angeles", "DPM", "short tons", "1,062.0", "106.2", "-90%", "-93%"),
                reductions.rows().get(0));
        String csv = new String(CsvTables.write(reductions), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\nPort of Los Angeles,DPM,short tons,\"1,062.0\",106.2,-90%,-93%\r\n"), csv);
    }

    @Test
    void theWholeModelAsOneWorkbookASheetPerTable() throws IOException {
        BoardReportModel model = SampleModels.sample();
        List<ReportTable> tables = ReportTables.of(model);
        byte[] xlsx = XlsxTables.write(tables, "tables", model.identity().asOfDate());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(tables.size(), workbook.getNumberOfSheets());
            for (int i = 0; i < tables.size(); i++) {
                assertEquals(tables.get(i).name(), workbook.getSheetName(i));
                assertEquals(tables.get(i).rows().size(), workbook.getSheetAt(i).getLastRowNum());
            }
            // the rejected record's line number is a number cell
            assertEquals(418.0, workbook.getSheet("rejected").getRow(1).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void theTonsTablesCarryTheDashboardsFiguresAsPrinted() {
        BoardReportModel base = SampleModels.full();
        // POLA NOx: 2005 9,000.0 short tons at 3,600,000 TEU is 25.0 per 10,000 TEU; 2024 without TEU has none
        TonsSection tons = new TonsSection(List.of(
                new TonsRow("Port of Los Angeles", "NOx", "short tons", 2005, "9,000.0", "25.0"),
                new TonsRow("Port of Los Angeles", "NOx", "short tons", 2024, "2,700.0", "n/a")),
                List.of(new ProjectionBandRow("San Pedro Bay (both ports)", "NOx", "Least squares", 2030,
                        "1,200.0", "900.0", "1,500.0")));
        BoardReportModel model = new BoardReportModel(base.identity(), base.headline(), base.provenance(),
                base.compliance(), base.executiveSummary(), base.sourceCategories(), base.progress(),
                base.oceanGoingVessels(), base.dataQuality(), base.charts(), base.verification(), tons);

        ReportTable table = ReportTables.table(model, "tons").orElseThrow();
        assertEquals(List.of("Entity", "Pollutant", "Unit", "Data year", "Tons", "Tons per 10,000 TEU"),
                table.headers());
        assertEquals(List.of("Port of Los Angeles", "NOx", "short tons", 2005L, "9,000.0", "25.0"),
                table.rows().get(0));
        assertEquals("n/a", table.rows().get(1).get(5));
        ReportTable band = ReportTables.table(model, "projection-band").orElseThrow();
        assertEquals(List.of("Entity", "Pollutant", "Method", "Year", "Trend", "Low", "High"), band.headers());
        assertEquals(List.of("San Pedro Bay (both ports)", "NOx", "Least squares", 2030L, "1,200.0", "900.0",
                "1,500.0"), band.rows().get(0));
        // the standards carry the tons each allows: 2005's less the reduction (NOx: 29,270.0 x 0.41 = 12,000.7)
        ReportTable standards = ReportTables.table(model, "standards").orElseThrow();
        assertEquals("Allowed tons", standards.headers().get(7));
        assertEquals("12,000.7", standards.rows().get(1).get(7));
        // the tables come last: the PDF's own tables keep their places
        List<String> names = ReportTables.names(BoardReportModel.class);
        assertEquals(List.of("tons", "projection-band"), names.subList(names.size() - 2, names.size()));
    }
}
