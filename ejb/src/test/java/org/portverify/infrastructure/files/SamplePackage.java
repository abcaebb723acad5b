package org.portverify.infrastructure.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.portverify.domain.submission.SubmissionPart;

/**
 * One small package, written as a folder of CSV files, as a ZIP of them and as an XLSX workbook. The workbook is
 * written the way a person would type it: numbers as numbers, dates as dates, empty cells left out, and each CSV
 * line in the spreadsheet row of the same number (a blank line is a missing row, or a row of blank cells).
 */
final class SamplePackage {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Map<SubmissionPart, List<String>> lines = new EnumMap<>(SubmissionPart.class);

    /** Every part at least has its header, so that the package stays complete whatever parts are added. */
    private SamplePackage() {
        for (SubmissionPart part : SubmissionPart.values()) {
            lines.put(part, List.of(String.join(",", part.header())));
        }
    }

    /** No blank line: CSV line numbers and spreadsheet row numbers coincide trivially. */
    static SamplePackage standard() {
        return new SamplePackage()
                .with(SubmissionPart.MANIFEST,
                        "port,reporting_year,edition,preparer,contact,submitted_on,note",
                        // a quoted field with a comma, a date, and the optional note left empty
                        "POLA,2025,2025,\"Starcrest Consulting Group, LLC\",inventory@pola.example,2026-03-31,")
                .with(SubmissionPart.EMISSIONS,
                        "data_year,category,sub_category,pollutant,value,unit",
                        "2005,OGV,,DPM,900,short_tons",
                        "2024,OGV,,DPM,88.652,short_tons",
                        "2024,HDV,,NOx,1234.5,short_tons",
                        "2024,CHE,,CO2e,740250,metric_tons",
                        "2024,LOCOMOTIVE,,SOx,,short_tons",
                        "2024,HARBOR_CRAFT,,PM2.5,0.05,short_tons")
                .with(SubmissionPart.THROUGHPUT,
                        "data_year,teu",
                        "2005,7484624",
                        "2024,10296000");
    }

    /** Blank lines in the middle and at the end; the workbook has a missing row and a row of blank cells there. */
    static SamplePackage withBlankLines() {
        return standard()
                .with(SubmissionPart.EMISSIONS,
                        "data_year,category,sub_category,pollutant,value,unit",
                        "2005,OGV,,DPM,900,short_tons",
                        "",
                        "2024,OGV,,DPM,88.652,short_tons",
                        "   ",
                        "2024,HDV,,NOx,1234.5,short_tons",
                        "")
                .with(SubmissionPart.THROUGHPUT,
                        "data_year,teu",
                        "",
                        "",
                        "2024,10296000");
    }

    /** The package without an optional part (no file, entry or sheet at all). */
    SamplePackage without(SubmissionPart part) {
        SamplePackage changed = new SamplePackage();
        changed.lines.clear();
        changed.lines.putAll(lines);
        changed.lines.remove(part);
        return changed;
    }

    SamplePackage with(SubmissionPart part, String... partLines) {
        lines.put(part, List.of(partLines));
        return this;
    }

    Path writeFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (var part : lines.entrySet()) {
            Files.writeString(folder.resolve(part.getKey().fileName()), csv(part.getValue()), StandardCharsets.UTF_8);
        }
        return folder;
    }

    /** Entries named {@code <leadingFolder><part file name>}; pass "" for entries at the root. */
    Path writeZip(Path file, String leadingFolder) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var part : lines.entrySet()) {
                zip.putNextEntry(new ZipEntry(leadingFolder + part.getKey().fileName()));
                zip.write(csv(part.getValue()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    Path writeXlsx(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (var part : lines.entrySet()) {
                Sheet sheet = workbook.createSheet(XlsxPackage.sheetName(part.getKey()));
                List<String> partLines = part.getValue();
                for (int i = 0; i < partLines.size(); i++) {
                    String line = partLines.get(i);
                    if (line.isEmpty()) {
                        continue; // a missing row
                    }
                    Row row = sheet.createRow(i);
                    List<String> values = fields(line);
                    for (int column = 0; column < values.size(); column++) {
                        String value = values.get(column);
                        if (value.isEmpty()) {
                            continue; // a missing cell
                        }
                        Cell cell = row.createCell(column);
                        if (i > 0 && NUMBER.matcher(value).matches()) {
                            cell.setCellValue(Double.parseDouble(value));
                        } else if (i > 0 && DATE.matcher(value).matches()) {
                            cell.setCellValue(LocalDate.parse(value));
                            cell.setCellStyle(dateStyle);
                        } else {
                            cell.setCellValue(value);
                        }
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static String csv(List<String> partLines) {
        return String.join("\r\n", partLines) + "\r\n";
    }

    private static List<String> fields(String line) throws IOException {
        List<String> values = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(line))) {
            record.forEach(values::add);
        }
        return values;
    }
}
