package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.batch.runtime.BatchStatus;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portverify.domain.run.RunSettings;
import org.portverify.application.AnnualVerifications;
import org.portverify.application.BoardReports;
import org.portverify.reports.BoardReportModel;

/**
 * The Board report's tables as CSV and XLSX over REST show the PDF's figures. Reporting year 2034 (this class's own):
 * the demo packages refiled for 2034, verified as of 2025-06-30, before the Cooperative Agreement took effect, so
 * the run charges nothing to the defaults ledger the other classes count.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportExportIT {

    private static final int YEAR = 2034;
    private static final String AS_OF = "2025-06-30";
    /** POLA's trend row of data year 2024 as the PDF prints it (AnnualVerificationIT, demo data). */
    private static final String POLA_2024_PDF = "2024 -90% -73% -98% -90% -18%";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ReportExportIT.class, Packages.class);
    }

    @Test
    @Order(1)
    void aRunOf2034RendersItsReport() throws Exception {
        Path root = Files.createTempDirectory("portverify-exports");
        for (String port : List.of("POLA", "POLB")) {
            Path folder = Files.createDirectories(root.resolve(YEAR + "/" + port));
            for (Map.Entry<String, String> file : Packages.forYear(Packages.demo(port), port, YEAR).entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue());
            }
        }
        long executionId = Runs.lookup("portverify-ejb", AnnualVerifications.class).start("admin", RunSettings.Request
                .forYear(YEAR).withAsOfDate(AS_OF).withSubmissionsDir(root.toString()));
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(executionId).getBatchStatus());
        assertEquals("DEFAULTS_CHARGED=0", Runs.stepExitStatus(executionId, "evaluate-compliance"));

        // The model the exports use is the one the PDF was rendered from: same data digest, same rows.
        BoardReports reports = Runs.lookup("portverify-ejb", BoardReports.class);
        BoardReportModel model = reports.reportedModel(executionId);
        assertEquals(reports.forExecution(executionId).getDataSha256(), model.identity().dataDigest());
        assertEquals(YEAR, model.identity().reportingYear());
        // 3 scopes (POLA, POLB, San Pedro Bay) x 10 data years (2005, 2017 to 2025)
        assertEquals(30, model.headline().trends().size());
        // 2 ports x 5 files
        assertEquals(10, model.provenance().inputs().size());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theTablesDownloadAsCsvAndXlsxWithThePdfsFigures(@ArquillianResource URL base) throws Exception {
        HttpResponse<byte[]> pdf = Http.getBytes(Http.User.BOARD, Http.api(base) + "/reports/" + YEAR + "/board.pdf");
        assertEquals(200, pdf.statusCode());
        String executionId = pdf.headers().firstValue("X-PortVerify-Execution-Id").orElseThrow();
        String dataSha256 = pdf.headers().firstValue("X-PortVerify-Data-SHA256").orElseThrow();
        String text = PdfText.of(pdf.body());
        assertTrue(text.contains(POLA_2024_PDF), text);
        String tables = Http.api(base) + "/reports/runs/" + executionId + "/tables";

        HttpResponse<String> list = Http.get(Http.User.AUDITOR, tables);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"name\":\"trends\""), list.body());
        assertTrue(list.body().contains("\"rows\":30"), list.body());
        assertTrue(list.body().contains("\"dataSha256\":\"" + dataSha256 + "\""), list.body());
        assertTrue(list.body().contains("\"csv\":\"reports/runs/" + executionId + "/tables/trends.csv\""),
                list.body());

        // CSV: POLA's 2024 row is the PDF's row; the signed percentages stay as printed
        HttpResponse<String> csv = Http.get(Http.User.BOARD, tables + "/trends.csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElse("")
                .replace(" ", ""));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(
                "filename=\"portverify-board-report-" + YEAR + "-run-" + executionId + "-trends.csv\""));
        assertEquals(dataSha256, csv.headers().firstValue("X-PortVerify-Data-SHA256").orElse(""));
        assertTrue(csv.body().startsWith("Entity,Data year,DPM,NOx,SOx,PM2.5,CO2e\r\n"), csv.body());
        assertTrue(csv.body().contains("\r\nPort of Los Angeles,2024,-90%,-73%,-98%,-90%,-18%\r\n"), csv.body());

        // XLSX of one table: every input file's digest is printed in the PDF
        HttpResponse<byte[]> inputs = Http.getBytes(Http.User.ADMIN, tables + "/inputs.xlsx");
        assertEquals(200, inputs.statusCode());
        assertTrue(inputs.headers().firstValue("Content-Disposition").orElse("").contains(
                "filename=\"portverify-board-report-" + YEAR + "-run-" + executionId + "-inputs.xlsx\""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(inputs.body()))) {
            XSSFSheet sheet = workbook.getSheet("inputs");
            assertEquals(List.of("Port", "File", "SHA-256"), texts(sheet.getRow(0)));
            assertEquals(10, sheet.getLastRowNum());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                String sha256 = sheet.getRow(r).getCell(2).getStringCellValue();
                assertEquals(64, sha256.length());
                assertTrue(text.contains(sha256), "digest of row " + r + " in the PDF");
            }
        }

        // XLSX of every table: a sheet per table, the same POLA 2024 row, the data year a number
        HttpResponse<byte[]> all = Http.getBytes(Http.User.BOARD, Http.api(base) + "/reports/runs/" + executionId
                + "/tables.xlsx");
        assertEquals(200, all.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(all.body()))) {
            assertTrue(workbook.getNumberOfSheets() >= 7, "a sheet per table");
            XSSFSheet trends = workbook.getSheet("trends");
            Row pola2024 = null;
            for (Row row : trends) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("Port of Los Angeles")
                        && row.getCell(1).getNumericCellValue() == 2024) {
                    pola2024 = row;
                }
            }
            assertTrue(pola2024 != null, "POLA 2024 in the trends sheet");
            assertEquals(CellType.NUMERIC, pola2024.getCell(1).getCellType());
            assertEquals(List.of("-90%", "-73%", "-98%", "-90%", "-18%"), texts(pola2024).subList(2, 7));
        }
        // the same run gives the same bytes
        assertArrayEquals(all.body(), Http.getBytes(Http.User.AUDITOR, Http.api(base) + "/reports/runs/"
                + executionId + "/tables.xlsx").body());

        // an unknown table: 404 naming the tables there are
        HttpResponse<String> unknown = Http.get(Http.User.BOARD, tables + "/no-such-table.csv");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("\"code\":\"PV-4201\""), unknown.body());
        assertTrue(unknown.body().contains("trends"), unknown.body());
        assertEquals(403, Http.get(Http.User.POLA, tables + "/trends.csv").statusCode());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.NUMERIC
                ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue()));
        return texts;
    }
}
