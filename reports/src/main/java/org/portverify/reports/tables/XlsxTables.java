package org.portverify.reports.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Tables as an XLSX workbook, a sheet per table named after it, written with POI's streaming {@link SXSSFWorkbook}.
 *
 * <p>Each sheet has a bold heading row (frozen, with an auto-filter) and column widths from the longest text (not
 * from font metrics, which depend on the machine). Numbers (whole numbers, decimals) are number cells; every other
 * cell is a text cell holding the display string, {@linkplain SpreadsheetText#neutralised neutralised} exactly as in
 * the CSV.
 *
 * <p>The same tables and date give the same bytes: POI stamps the clock into {@code docProps/core.xml} (created)
 * and into every zip entry's time; both are pinned to the given date (00:00, UTC for the document property, local
 * zip time without a zone), and the package is written again entry by entry in POI's order.
 */
public final class XlsxTables {

    /** The media type of what {@link #write} returns. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_COLUMN_CHARS = 80;

    private XlsxTables() {
    }

    /**
     * @param tables the sheets, in order
     * @param title  the document title, e.g. "PortVerify Governing Board report 2025, run 42: tables"
     * @param date   the date the document says it was created on (the run's as-of date)
     */
    public static byte[] write(List<ReportTable> tables, String title, LocalDate date) {
        ByteArrayOutputStream poi = new ByteArrayOutputStream();
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            Set<String> sheetNames = new HashSet<>();
            for (ReportTable table : tables) {
                sheet(workbook, table, sheetName(table.name(), sheetNames), heading);
            }
            POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            Date created = Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(created));
            core.setModified(Optional.of(created));
            core.setCreator("PortVerify");
            core.setTitle(title);
            workbook.write(poi);
        } catch (IOException | RuntimeException e) {
            throw TableExportException.writeFailed(title + ": " + e.getMessage(), e);
        } finally {
            closeQuietly(workbook);
        }
        return pinned(poi.toByteArray(), date.atStartOfDay());
    }

    private static void sheet(SXSSFWorkbook workbook, ReportTable table, String name, CellStyle heading) {
        SXSSFSheet sheet = workbook.createSheet(name);
        int columns = table.headers().size();
        int[] widths = new int[columns];
        Row top = sheet.createRow(0);
        for (int c = 0; c < columns; c++) {
            Cell cell = top.createCell(c);
            cell.setCellValue(table.headers().get(c));
            cell.setCellStyle(heading);
            widths[c] = table.headers().get(c).length();
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns; c++) {
                Object value = values.get(c);
                Cell cell = row.createCell(c);
                String shown;
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                    shown = CsvTables.figure(number);
                } else {
                    shown = SpreadsheetText.neutralised(value.toString());
                    cell.setCellValue(shown);
                }
                widths[c] = Math.max(widths[c], shown.length());
            }
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (Math.min(widths[c], MAX_COLUMN_CHARS) + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns - 1));
        }
    }

    /** A legal sheet name (at most 31 characters, no {@code []:*?/\}), unique in the workbook. */
    private static String sheetName(String tableName, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(tableName);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "~" + n;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /**
     * The package again, entry by entry in POI's order, every entry's time set to {@code time}. Read through the
     * central directory: POI streams entries with data descriptors that {@code java.util.zip.ZipInputStream}
     * cannot read back.
     */
    static byte[] pinned(byte[] zip, LocalDateTime time) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ZipOutputStream pinned = new ZipOutputStream(out)) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                // local date-time: no zone, so the same bytes on every server
                copy.setTimeLocal(time);
                pinned.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(pinned);
                }
                pinned.closeEntry();
            }
        } catch (IOException e) {
            throw TableExportException.writeFailed("re-writing the XLSX package: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void closeQuietly(SXSSFWorkbook workbook) {
        try {
            // also deletes SXSSF's temporary sheet files
            workbook.close();
        } catch (IOException e) {
            // nothing was lost: the bytes are written or the write already failed
        }
    }
}
