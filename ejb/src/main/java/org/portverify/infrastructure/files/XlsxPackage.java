package org.portverify.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.submission.SubmissionFile;
import org.portverify.domain.submission.SubmissionPart;
import org.xml.sax.SAXException;

/**
 * A package uploaded as one XLSX workbook with a sheet per {@link SubmissionPart}, named as its file without
 * {@code .csv} ({@code manifest}, {@code emissions}, ...), the header in row 1. Sheets are streamed: POI's
 * {@link XSSFReader} hands out the sheet XML and {@link XlsxRecordCursor} pull-parses it row by row, so memory stays
 * bounded whatever the number of rows (never XSSFWorkbook, which builds the whole workbook in memory). Other sheets
 * are ignored.
 */
public final class XlsxPackage implements SubmissionPackage {

    private static final String CSV = ".csv";

    private final Path file;
    private final PackageLimits limits;
    private final Workbook workbook;

    /** What xl/workbook.xml says: sheet names to relationship ids, and the date system. */
    private record Workbook(Map<String, String> sheets, boolean date1904) {
    }

    /**
     * Built by {@link SubmissionPackages#open}; reads the workbook's sheet list and measures its shared strings, so a
     * broken or hostile workbook fails here, before any sheet is read.
     */
    XlsxPackage(Path file, PackageLimits limits) {
        this.file = file;
        this.limits = limits;
        OPCPackage opc = openPackage();
        try (InputStream workbookXml = new XSSFReader(opc).getWorkbookData()) {
            this.workbook = readWorkbook(workbookXml);
            measureSharedStrings(opc);
        } catch (IOException | OpenXML4JException | XMLStreamException | POIXMLException
                | OpenXML4JRuntimeException e) {
            throw unreadable(e);
        } finally {
            opc.revert();
        }
    }

    /** The sheet that carries a part: its file name without ".csv". */
    public static String sheetName(SubmissionPart part) {
        String fileName = part.fileName();
        return fileName.endsWith(CSV) ? fileName.substring(0, fileName.length() - CSV.length()) : fileName;
    }

    @Override
    public Path path() {
        return file;
    }

    /** The workbook file itself, with its SHA-256 and size. */
    @Override
    public List<SubmissionFile> files() {
        return List.of(ReceivedFile.of(fileName(), file));
    }

    /** SHA-256 of the workbook file's bytes, streamed. */
    public String sha256() {
        return ReceivedFile.sha256(file);
    }

    @Override
    public boolean has(SubmissionPart part) {
        return workbook.sheets().containsKey(sheetName(part));
    }

    @Override
    public RecordCursor openPart(SubmissionPart part, long submissionId, long recordsToSkip) {
        String relationship = workbook.sheets().get(sheetName(part));
        if (relationship == null) {
            throw new RuleViolation(ErrorCode.PACKAGE_PART_MISSING, fileName(), "sheet " + sheetName(part));
        }
        OPCPackage opc = openPackage();
        XlsxRecordCursor.Sheet sheet;
        try {
            XSSFReader reader = new XSSFReader(opc);
            // shared strings are held in memory: one entry per distinct text, not per cell
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(opc, false);
            StylesTable styles = reader.getStylesTable();
            sheet = new XlsxRecordCursor.Sheet(fileName() + ", sheet " + sheetName(part),
                    reader.getSheet(relationship), opc, strings, styles, workbook.date1904(), limits);
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException | OpenXML4JRuntimeException e) {
            opc.revert();
            throw unreadable(e);
        } catch (RuntimeException e) {
            opc.revert();
            throw e;
        }
        // from here on the cursor owns the package and reverts it when closed
        return XlsxRecordCursor.open(sheet, part, submissionId, recordsToSkip);
    }

    private OPCPackage openPackage() {
        try {
            // read-only: POI neither writes to the file nor keeps a copy of it; released with revert()
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | UnsupportedFileFormatException | OpenXML4JRuntimeException e) {
            throw unreadable(e);
        }
    }

    /**
     * POI holds the shared strings table in memory (one entry per distinct text): it is counted first, streamed,
     * and refused past its limits (PV-1035, PV-1036) or with a DTD (PV-1037) before POI reads it.
     */
    private void measureSharedStrings(OPCPackage opc) throws IOException, XMLStreamException {
        List<PackagePart> parts = opc.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        for (PackagePart part : parts) {
            long texts = 0;
            long chars = 0;
            try (InputStream in = part.getInputStream()) {
                XMLStreamReader xml = XlsxRecordCursor.xmlReader(in);
                try {
                    while (xml.hasNext()) {
                        int event = xml.next();
                        if (event == XMLStreamReader.DTD) {
                            throw new RuleViolation(ErrorCode.XML_DTD_REFUSED, fileName(),
                                    part.getPartName().getName());
                        }
                        if (event == XMLStreamReader.START_ELEMENT && "si".equals(xml.getLocalName())
                                && ++texts > limits.sharedStrings()) {
                            throw new RuleViolation(ErrorCode.SHARED_STRINGS_TOO_MANY, fileName(),
                                    limits.sharedStrings());
                        }
                        if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
                            chars += xml.getTextLength();
                            if (chars > limits.sharedStringsChars()) {
                                throw new RuleViolation(ErrorCode.SHARED_STRINGS_TOO_LARGE, fileName(),
                                        limits.sharedStringsChars());
                            }
                        }
                    }
                } finally {
                    xml.close();
                }
            }
        }
    }

    private Workbook readWorkbook(InputStream workbookXml) throws XMLStreamException {
        Map<String, String> sheets = new HashMap<>();
        boolean date1904 = false;
        XMLStreamReader xml = XlsxRecordCursor.xmlReader(workbookXml);
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.DTD) {
                    throw new RuleViolation(ErrorCode.XML_DTD_REFUSED, fileName(), "xl/workbook.xml");
                }
                if (event != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                if ("workbookPr".equals(xml.getLocalName())) {
                    String value = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(value) || "true".equals(value);
                } else if ("sheet".equals(xml.getLocalName())) {
                    String name = xml.getAttributeValue(null, "name");
                    String id = relationshipId(xml);
                    if (name != null && id != null) {
                        sheets.put(name, id);
                    }
                }
            }
        } finally {
            xml.close();
        }
        return new Workbook(Map.copyOf(sheets), date1904);
    }

    /** The r:id attribute, whatever the relationships namespace (transitional or strict). */
    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ("id".equals(xml.getAttributeLocalName(i)) && namespace != null && !namespace.isEmpty()) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private RuleViolation unreadable(Exception e) {
        return new RuleViolation(ErrorCode.FILE_UNREADABLE, fileName(), e.getMessage());
    }

    private String fileName() {
        return file.getFileName().toString();
    }
}
