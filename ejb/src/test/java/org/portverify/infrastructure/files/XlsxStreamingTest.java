package org.portverify.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays bounded: a sheet whose XML alone is larger than the heap streams through a JVM started with that
 * heap (loading the workbook with XSSFWorkbook or WorkbookFactory would need several times the XML's size).
 */
class XlsxStreamingTest {

    private static final int ROWS = 200_000;
    private static final String HEAP = "-Xmx32m";
    private static final long HEAP_BYTES = 32L * 1024 * 1024;

    /** Categories, pollutants and the unit are shared strings, as Excel writes them. */
    private static final List<String> SHARED = List.of("data_year", "category", "pollutant", "value", "unit",
            "OGV", "HARBOR_CRAFT", "CHE", "LOCOMOTIVE", "HDV", "DPM", "PM10", "PM2.5", "NOx", "SOx", "CO", "HC",
            "CO2e", "short_tons", "sub_category");

    @TempDir
    Path dir;

    @Test
    void aSheetLargerThanTheHeapStreamsThrough() throws Exception {
        Path file = HandWrittenXlsx.write(dir.resolve("large.xlsx"), "emissions", false, SHARED, sheet -> {
            sheet.write("<row r=\"1\">" + shared("A1", 0) + shared("B1", 1) + shared("C1", 19) + shared("D1", 2)
                    + shared("E1", 3) + shared("F1", 4) + "</row>");
            for (int i = 0; i < ROWS; i++) {
                int row = i + 2;
                sheet.write("<row r=\"" + row + "\"><c r=\"A" + row + "\"><v>" + (2005 + i % 20) + ".0</v></c>"
                        + shared("B" + row, 5 + i % 5) + shared("D" + row, 10 + i % 8)
                        + "<c r=\"E" + row + "\"><v>" + (i + 0.5) + "</v></c>" + shared("F" + row, 18) + "</row>");
            }
        });
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long sheetXml = zip.getEntry("xl/worksheets/sheet1.xml").getSize();
            assertTrue(sheetXml > HEAP_BYTES, "the sheet XML is only " + sheetXml + " bytes");
        }

        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                XlsxStreamingProbe.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        // read to the end before waiting, so that a full pipe cannot block the probe
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(probe.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(0, probe.exitValue(), output);
        // the last record: i = 199,999 is year 2024, HDV, no sub-category, CO2e, 199999.5
        assertTrue(output.contains(ROWS + " records, last: row " + (ROWS + 1) + " 2024,HDV,,CO2e,199999.5,short_tons"),
                output);
    }

    private static String shared(String reference, int index) {
        return "<c r=\"" + reference + "\" t=\"s\"><v>" + index + "</v></c>";
    }
}
