package org.portverify.reports.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTablesTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private static final ReportTable REDUCTIONS = new ReportTable("reductions",
            List.of("Entity", "Pollutant", "Change"),
            List.of(List.of("Port of Los Angeles", "DPM", "-90%"),
                    List.of("=HYPERLINK(\"http://x.test\",\"x\")", "@SUM(A1)", "+3.4")));
    private static final ReportTable REJECTED = new ReportTable("rejected", List.of("Port", "Line", "Reason"),
            List.of(List.of("POLB", 418L, "-2+3+cmd|' /C calc'!A0")));

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void aSheetPerTableWithItsHeadingAndCells() throws IOException {
        try (XSSFWorkbook workbook = read(XlsxTables.write(List.of(REDUCTIONS, REJECTED), "tables", AS_OF))) {
            assertEquals(2, workbook.getNumberOfSheets());
            assertEquals("reductions", workbook.getSheetName(0));
            assertEquals("rejected", workbook.getSheetName(1));
            XSSFSheet reductions = workbook.getSheetAt(0);
            assertEquals(List.of("Entity", "Pollutant", "Change"), texts(reductions, 0));
            assertTrue(reductions.getRow(0).getCell(0).getCellStyle().getFont().getBold());
            assertEquals(List.of("Port of Los Angeles", "DPM", "-90%"), texts(reductions, 1));
            assertEquals(2, reductions.getLastRowNum());
            assertEquals(1, reductions.getPaneInformation().getHorizontalSplitPosition());
        }
    }

    @Test
    void formulaTextIsTextWithAnApostropheSignedFiguresStayAsShown() throws IOException {
        try (XSSFWorkbook workbook = read(XlsxTables.write(List.of(REDUCTIONS, REJECTED), "tables", AS_OF))) {
            XSSFSheet reductions = workbook.getSheetAt(0);
            assertEquals(List.of("'=HYPERLINK(\"http://x.test\",\"x\")", "'@SUM(A1)", "+3.4"), texts(reductions, 2));
            for (Cell cell : reductions.getRow(2)) {
                assertEquals(CellType.STRING, cell.getCellType());
            }
            assertEquals("'-2+3+cmd|' /C calc'!A0", workbook.getSheetAt(1).getRow(1).getCell(2).getStringCellValue());
        }
    }

    @Test
    void wholeNumbersAreNumberCells() throws IOException {
        try (XSSFWorkbook workbook = read(XlsxTables.write(List.of(REJECTED), "rejected", AS_OF))) {
            Cell line = workbook.getSheetAt(0).getRow(1).getCell(1);
            assertEquals(CellType.NUMERIC, line.getCellType());
            assertEquals(418.0, line.getNumericCellValue());
        }
    }

    @Test
    void theDocumentIsDatedTheAsOfDateAndTitled() throws IOException {
        try (XSSFWorkbook workbook = read(XlsxTables.write(List.of(REDUCTIONS), "Board report 2025: reductions",
                AS_OF))) {
            var core = workbook.getProperties().getCoreProperties();
            assertEquals(Date.from(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC)), core.getCreated());
            assertEquals("Board report 2025: reductions", core.getTitle());
            assertEquals("PortVerify", core.getCreator());
        }
    }

    @Test
    void theSameTablesAndDateGiveTheSameBytes() throws IOException {
        byte[] first = XlsxTables.write(List.of(REDUCTIONS, REJECTED), "tables", AS_OF);
        byte[] second = XlsxTables.write(List.of(REDUCTIONS, REJECTED), "tables", AS_OF);
        assertArrayEquals(first, second);
        // not by luck of the clock: every entry carries the pinned time
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertEquals(LocalDateTime.of(2025, 12, 31, 0, 0), entry.getTimeLocal(), entry.getName());
            }
        }
        assertTrue(names.contains("docProps/core.xml"), names.toString());
        assertTrue(names.contains("xl/worksheets/sheet2.xml"), names.toString());
    }

    @Test
    void anotherDateGivesOtherBytes() {
        byte[] first = XlsxTables.write(List.of(REDUCTIONS), "tables", AS_OF);
        byte[] other = XlsxTables.write(List.of(REDUCTIONS), "tables", AS_OF.plusDays(1));
        assertTrue(!java.util.Arrays.equals(first, other));
    }

    @Test
    void sheetNamesAreLegalAndUnique() throws IOException {
        ReportTable longName = new ReportTable("zero-emission-shares-by-port-and-category", List.of("A"), List.of());
        try (XSSFWorkbook workbook = read(XlsxTables.write(List.of(longName, longName), "t", AS_OF))) {
            assertEquals("zero-emission-shares-by-port-an", workbook.getSheetName(0));
            assertEquals("zero-emission-shares-by-port-~2", workbook.getSheetName(1));
        }
    }

    private static List<String> texts(XSSFSheet sheet, int row) {
        List<String> texts = new ArrayList<>();
        sheet.getRow(row).forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
