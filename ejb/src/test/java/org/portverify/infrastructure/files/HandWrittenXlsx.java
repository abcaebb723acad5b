package org.portverify.infrastructure.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The smallest workbook Excel would open, with one sheet whose XML is written by hand: for cells that a library
 * writing workbooks would never produce the same way (inline rich text, cells without references, 1904 dates ...).
 */
final class HandWrittenXlsx {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** Cell style 1: the custom format yyyy-mm-dd; style 2: built-in format 14 (m/d/yyyy); style 3: "0.00". */
    private static final String STYLES = XML + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"0.00\"/></numFmts>"
            + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
            + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"165\" applyNumberFormat=\"1\"/></cellXfs>"
            + "</styleSheet>";

    /** Writes the row elements of the sheet, as many as it likes: they are streamed into the archive. */
    interface SheetRows {
        void writeTo(Writer sheetData) throws IOException;
    }

    private HandWrittenXlsx() {
    }

    /** A workbook whose one sheet is named {@code sheetName} and holds {@code rows} (XML of row elements). */
    static Path write(Path file, String sheetName, boolean date1904, List<String> sharedStrings, String rows)
            throws IOException {
        return write(file, sheetName, date1904, sharedStrings, out -> out.write(rows));
    }

    static Path write(Path file, String sheetName, boolean date1904, List<String> sharedStrings, SheetRows rows)
            throws IOException {
        StringBuilder sst = new StringBuilder(XML).append("<sst xmlns=\"").append(MAIN).append("\" count=\"")
                .append(sharedStrings.size()).append("\" uniqueCount=\"").append(sharedStrings.size()).append("\">");
        sharedStrings.forEach(s -> sst.append("<si><t xml:space=\"preserve\">").append(s).append("</t></si>"));
        sst.append("</sst>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", XML
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" "
                    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + override("/xl/workbook.xml", "sheet.main")
                    + override("/xl/worksheets/sheet1.xml", "worksheet")
                    + override("/xl/sharedStrings.xml", "sharedStrings")
                    + override("/xl/styles.xml", "styles")
                    + "</Types>");
            entry(zip, "_rels/.rels", XML + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + OFFICE + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + OFFICE + "\">"
                    + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")
                    + "<sheets><sheet name=\"" + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + OFFICE + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + OFFICE + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"" + OFFICE + "/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            sheet.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            rows.writeTo(sheet);
            sheet.write("</sheetData></worksheet>");
            sheet.flush(); // not closed: that would close the archive
            zip.closeEntry();
            entry(zip, "xl/sharedStrings.xml", sst.toString());
            entry(zip, "xl/styles.xml", STYLES);
        }
        return file;
    }

    /** The worksheet XML given whole, e.g. with a DOCTYPE. */
    static Path writeRawSheet(Path file, String sheetName, String worksheetXml) throws IOException {
        write(file, sheetName, false, List.of(), "");
        Path rewritten = file.resolveSibling(file.getFileName() + ".tmp");
        try (var in = new java.util.zip.ZipFile(file.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            for (var entries = in.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals("xl/worksheets/sheet1.xml")
                        ? worksheetXml.getBytes(StandardCharsets.UTF_8)
                        : in.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
        }
        Files.move(rewritten, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml." + type + "+xml\"/>";
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
