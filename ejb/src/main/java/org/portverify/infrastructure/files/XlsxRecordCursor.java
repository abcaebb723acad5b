package org.portverify.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.SubmissionPart;

/**
 * Streams the records of one XLSX sheet by pull-parsing its XML (StAX), one row in memory at a time. Each cell is
 * rendered as the text a CSV file would hold for it, so that both carriers yield the same records:
 * <ul>
 * <li>numbers canonically: {@code 2024.0} gives {@code 2024}, {@code 1.2345E3} gives {@code 1234.5};</li>
 * <li>numbers with a date format as ISO dates ({@code 2026-03-31}), with the time when there is one;</li>
 * <li>shared and inline strings as they are, booleans as {@code TRUE}/{@code FALSE}, errors as {@code #N/A} etc.,
 * formulas by their cached result.</li>
 * </ul>
 * Values are placed by cell reference in header-column order, a missing cell giving "" (a sheet cannot tell a short
 * row from empty trailing cells); a non-empty cell beyond the header is kept, so that the field-count rule refuses it
 * as it would in a CSV. {@link SourceRecord#line()} is the spreadsheet row number (the header is row 1) and
 * {@link SourceRecord#raw()} the row's values as a CSV line. Rows whose cells are all blank are skipped, as blank
 * CSV lines are.
 */
final class XlsxRecordCursor implements RecordCursor {


    /** Excel's last column is XFD. */
    private static final int MAX_COLUMNS = 16_384;

    /** A double spans about 10^±308: a wider exponent is not a number a spreadsheet wrote, keep its text. */
    private static final int MAX_PLAIN_SCALE = 400;

    /** What the cursor reads from and releases on close; {@code where} names the sheet in messages. */
    record Sheet(String where, InputStream xml, OPCPackage opc, SharedStrings strings, StylesTable styles,
            boolean date1904, PackageLimits limits) {
    }

    private record Row(long number, List<String> values) {

        boolean isBlank() {
            return values.stream().allMatch(String::isBlank);
        }

        /** At least {@code size} values, and no empty one past that. */
        List<String> values(int size) {
            int last = values.size();
            while (last > size && values.get(last - 1).isEmpty()) {
                last--;
            }
            List<String> result = new ArrayList<>(values.subList(0, last));
            while (result.size() < size) {
                result.add("");
            }
            return result;
        }
    }

    private final Sheet sheet;
    private final XMLStreamReader xml;
    private final SubmissionPart part;
    private final long submissionId;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private long lastRow;
    private long recordsRead;
    /** The columns of the sheet's header: the part's, or fewer when it leaves out optional ones. */
    private int columns;
    private boolean closed;

    private XlsxRecordCursor(Sheet sheet, XMLStreamReader xml, SubmissionPart part, long submissionId) {
        this.sheet = sheet;
        this.xml = xml;
        this.part = part;
        this.submissionId = submissionId;
    }

    /** Opens a cursor over a sheet's XML; the sheet's stream and package are released with the cursor. */
    static RecordCursor open(Sheet sheet, SubmissionPart part, long submissionId, long recordsToSkip) {
        XlsxRecordCursor cursor;
        try {
            cursor = new XlsxRecordCursor(sheet, xmlReader(sheet.xml()), part, submissionId);
        } catch (XMLStreamException e) {
            release(sheet);
            throw new RuleViolation(ErrorCode.FILE_UNREADABLE, sheet.where(), e.getMessage());
        }
        try {
            cursor.checkHeader();
            cursor.skip(recordsToSkip);
            return cursor;
        } catch (RuntimeException e) {
            cursor.close();
            throw e;
        }
    }

    /**
     * A StAX reader that refuses DTDs and external entities: the XML comes from a port's upload. A factory per
     * reader, since not every StAX implementation promises a shared factory is thread-safe; it costs little next to
     * opening the workbook.
     */
    static XMLStreamReader xmlReader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory.createXMLStreamReader(in);
    }

    /**
     * Row 1 must hold a header the contract accepts exactly, the same rule (and code) as the first line of a CSV
     * file; its width places every row's values.
     */
    private void checkHeader() {
        Row first = nextRow();
        String actual = first == null || first.number() != 1 ? "" : csvLine(first.values(0)).strip();
        OptionalInt accepted = part.columnsOf(actual);
        if (accepted.isEmpty()) {
            throw new RuleViolation(ErrorCode.HEADER_MISMATCH, sheet.where(), part.acceptedHeadersText(), actual);
        }
        columns = accepted.getAsInt();
    }

    @Override
    public SourceRecord next() {
        Row row;
        do {
            row = nextRow();
            if (row == null) {
                return null;
            }
        } while (row.isBlank());
        recordsRead++;
        List<String> values = row.values(columns);
        return new SourceRecord(submissionId, part, row.number(), values, csvLine(values), columns);
    }

    @Override
    public long recordsRead() {
        return recordsRead;
    }

    /**
     * The values as a CSV line, quoted only where RFC 4180 requires it (a comma, a quote, a line break): the line a
     * person would have typed, so that a refused row reads as its CSV twin would.
     */
    static String csvLine(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (i > 0) {
                line.append(',');
            }
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.toString();
    }

    private Row nextRow() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new RuleViolation(ErrorCode.XML_DTD_REFUSED, sheet.where(), "the sheet");
                }
                if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    return readRow();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new RuleViolation(ErrorCode.FILE_UNREADABLE, sheet.where(), e.getMessage());
        }
    }

    /** From {@code <row>} to {@code </row>}; rows and cells without a reference follow the previous one. */
    private Row readRow() throws XMLStreamException {
        String reference = xml.getAttributeValue(null, "r");
        long number = reference == null ? lastRow + 1 : rowNumber(reference);
        if (number <= lastRow) {
            // The row number is the record's line: an ingest resumes after the last line it stored, so lines must rise.
            throw new RuleViolation(ErrorCode.XLSX_ROWS_OUT_OF_ORDER, sheet.where(), number, lastRow);
        }
        lastRow = number;
        List<String> values = new ArrayList<>();
        int column = -1;
        int cells = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                if (++cells > sheet.limits().rowCells()) {
                    throw new RuleViolation(ErrorCode.SHEET_TOO_MANY_COLUMNS, sheet.where(), number,
                            sheet.limits().rowCells());
                }
                String cell = xml.getAttributeValue(null, "r");
                column = cell == null ? column + 1 : columnIndex(cell);
                String value = readCell();
                while (values.size() <= column) {
                    values.add("");
                }
                values.set(column, value);
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return new Row(number, values);
            }
        }
    }

    /** From {@code <c>} to {@code </c>}: the value, inline text (phonetic runs left out) and type. */
    private String readCell() throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = null;
        StringBuilder inline = null;
        boolean phonetic = false;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = boundedText();
                    case "is" -> inline = new StringBuilder();
                    case "rPh" -> phonetic = true;
                    case "t" -> {
                        if (inline != null && !phonetic) {
                            inline.append(boundedText());
                            requireLength(inline);
                        }
                    }
                    default -> {
                        // <f> (formula: its cached result is in <v>), <extLst> ...
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("rPh".equals(xml.getLocalName())) {
                    phonetic = false;
                } else if ("c".equals(xml.getLocalName())) {
                    return render(type, style, value, inline);
                }
            }
        }
    }

    /**
     * The text of the current element up to its end, like {@code getElementText} but refused (PV-1033) as soon as it
     * passes the cell limit: the text arrives in segments and is never gathered past the limit.
     */
    private String boundedText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    requireLength(text);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.START_ELEMENT ->
                        throw new RuleViolation(ErrorCode.FILE_UNREADABLE, sheet.where(),
                                "row " + lastRow + " has an element inside a text");
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    private void requireLength(CharSequence text) {
        if (text.length() > sheet.limits().fieldChars()) {
            throw new RuleViolation(ErrorCode.VALUE_TEXT_TOO_LONG, sheet.where(), lastRow, "a cell",
                    sheet.limits().fieldChars());
        }
    }

    private String render(String type, String style, String value, StringBuilder inline) {
        if ("inlineStr".equals(type)) {
            return inline != null ? inline.toString() : value == null ? "" : value;
        }
        if (value == null) {
            return "";
        }
        return switch (type == null ? "n" : type) {
            case "s" -> sharedString(value);
            case "b" -> "1".equals(value.strip()) ? "TRUE" : "FALSE";
            case "n" -> isDate(style) ? date(value) : number(value);
            default -> value; // "str" (a formula's text), "e" (#N/A ...), "d" (an ISO 8601 date)
        };
    }

    private String sharedString(String index) {
        try {
            String text = sheet.strings().getItemAt(Integer.parseInt(index.strip())).getString();
            requireLength(text);
            return text;
        } catch (RuleViolation e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleViolation(ErrorCode.FILE_UNREADABLE, sheet.where(),
                    "row " + lastRow + " refers to shared string " + index + ", which does not exist");
        }
    }

    /** The text a CSV would hold: no exponent, no trailing zeros, no ".0" on a whole number. */
    static String number(String value) {
        try {
            BigDecimal number = new BigDecimal(value.strip()).stripTrailingZeros();
            if (Math.abs(number.scale()) > MAX_PLAIN_SCALE) {
                return value;
            }
            return number.signum() == 0 ? "0" : number.toPlainString();
        } catch (NumberFormatException e) {
            return value; // not a number after all: validation refuses it with the text as written
        }
    }

    /** A date (Excel's serial day number, in the workbook's date system) as ISO 8601, like the CSV contract. */
    private String date(String value) {
        double serial;
        try {
            serial = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return value;
        }
        if (!DateUtil.isValidExcelDate(serial)) {
            return number(value);
        }
        LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, sheet.date1904(), true);
        return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                : dateTime.toString();
    }

    private boolean isDate(String style) {
        if (style == null || sheet.styles() == null) {
            return false;
        }
        int index;
        try {
            index = Integer.parseInt(style.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        return dateStyles.computeIfAbsent(index, i -> {
            XSSFCellStyle cellStyle = i < sheet.styles().getNumCellStyles() ? sheet.styles().getStyleAt(i) : null;
            return cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    private long rowNumber(String reference) {
        try {
            long number = Long.parseLong(reference.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RuleViolation(ErrorCode.FILE_UNREADABLE, sheet.where(), "row reference '" + reference + "'");
    }

    /** 0 for A, 25 for Z, 26 for AA ... from a reference such as {@code AB12}. */
    private int columnIndex(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i)) && column <= MAX_COLUMNS) {
            column = column * 26 + Character.toUpperCase(reference.charAt(i)) - 'A' + 1;
            i++;
        }
        if (i == 0 || column > MAX_COLUMNS || column < 1) {
            throw new RuleViolation(ErrorCode.FILE_UNREADABLE, sheet.where(),
                    "cell reference '" + reference + "' is not a column from A to XFD");
        }
        return column - 1;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed anyway
        }
        release(sheet);
    }

    private static void release(Sheet sheet) {
        try {
            sheet.xml().close();
        } catch (IOException e) {
            // nothing was written: a read-only package has nothing to lose
        } finally {
            sheet.opc().revert();
        }
    }
}
