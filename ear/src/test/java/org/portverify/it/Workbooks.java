package org.portverify.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Turns a package of CSV texts into the XLSX carrier: a sheet per part, numbers as numeric cells. */
final class Workbooks {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Workbooks() {
    }

    static byte[] xlsx(Map<String, String> files) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Sheet sheet = workbook.createSheet(file.getKey().replace(".csv", ""));
                int rowIndex = 0;
                for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(file.getValue()))) {
                    Row row = sheet.createRow(rowIndex++);
                    for (int column = 0; column < record.size(); column++) {
                        String value = record.get(column);
                        if (value.isEmpty()) {
                            continue;
                        }
                        if (rowIndex > 1 && NUMBER.matcher(value).matches()) {
                            row.createCell(column).setCellValue(new BigDecimal(value).doubleValue());
                        } else {
                            row.createCell(column).setCellValue(value);
                        }
                    }
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
