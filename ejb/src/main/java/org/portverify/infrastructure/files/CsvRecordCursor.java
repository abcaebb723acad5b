package org.portverify.infrastructure.files;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.SubmissionPart;

/**
 * Streams the records of one CSV part line by line (records of these parts never span lines), keeping each
 * raw line so that a refused record can be stored exactly as submitted. Memory stays constant whatever the file size:
 * lines are read through one fixed buffer and a line longer than {@link PackageLimits#lineChars()} refuses the file
 * (PV-1032) as soon as the limit is passed, never held whole (no {@code BufferedReader.readLine}); a field longer than
 * {@link PackageLimits#fieldChars()} refuses it too (PV-1033).
 */
public final class CsvRecordCursor implements RecordCursor {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private static final int BUFFER_CHARS = 8_192;

    private final Reader reader;
    private final SubmissionPart part;
    private final long submissionId;
    private final PackageLimits limits;
    private final char[] buffer = new char[BUFFER_CHARS];
    private int position;
    private int end;
    /** The last line ended with CR: an LF right after it belongs to that line end. */
    private boolean afterCarriageReturn;
    private long line;
    private long recordsRead;
    /** The columns of the file's header: the part's, or fewer when it leaves out optional ones. */
    private int columns;

    private CsvRecordCursor(Reader reader, SubmissionPart part, long submissionId, PackageLimits limits) {
        this.reader = reader;
        this.part = part;
        this.submissionId = submissionId;
        this.limits = limits;
    }

    /** Opens a cursor over UTF-8 CSV text within the server's limits; the reader is closed with the cursor. */
    public static RecordCursor open(Reader text, SubmissionPart part, long submissionId, long recordsToSkip) {
        return open(text, part, submissionId, recordsToSkip, PackageLimits.current());
    }

    /** Opens a cursor over UTF-8 CSV text; the reader is closed with the cursor. */
    static RecordCursor open(Reader text, SubmissionPart part, long submissionId, long recordsToSkip,
                             PackageLimits limits) {
        CsvRecordCursor cursor = new CsvRecordCursor(text, part, submissionId, limits);
        try {
            cursor.checkHeader();
        } catch (IOException e) {
            cursor.close();
            throw cursor.unreadable(e);
        }
        cursor.skip(recordsToSkip);
        return cursor;
    }

    static RecordCursor open(Path file, SubmissionPart part, long submissionId, long recordsToSkip) {
        try {
            // Undecodable bytes become U+FFFD, so the rules refuse that one line (PV-1106) instead of the whole file.
            return open(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), part, submissionId,
                    recordsToSkip, PackageLimits.current());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The header must be one the data contract accepts exactly (a BOM is tolerated): the part's columns, with or
     * without its optional trailing ones. Its width is the field count of every record.
     */
    private void checkHeader() throws IOException {
        String header = readLine();
        String actual = header == null ? "" : header.replace("\uFEFF", "").strip();
        OptionalInt accepted = part.columnsOf(actual);
        if (accepted.isEmpty()) {
            close();
            throw new RuleViolation(ErrorCode.HEADER_MISMATCH, part.fileName(), part.acceptedHeadersText(), actual);
        }
        columns = accepted.getAsInt();
    }

    @Override
    public SourceRecord next() {
        try {
            String raw;
            do {
                raw = readLine();
                if (raw == null) {
                    return null;
                }
            } while (raw.isBlank());
            recordsRead++;
            List<String> values = split(raw);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).length() > limits.fieldChars()) {
                    throw new RuleViolation(ErrorCode.VALUE_TEXT_TOO_LONG, part.fileName(), line, fieldName(i),
                            limits.fieldChars());
                }
            }
            return new SourceRecord(submissionId, part, line, values, raw, columns);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * The next line without its end (LF, CRLF or CR), or null at the end of the text; counts it in {@link #line}.
     * Holds at most {@link PackageLimits#lineChars()} characters: one more refuses the file.
     */
    private String readLine() throws IOException {
        StringBuilder text = null;
        while (true) {
            if (position == end && !fill()) {
                if (text == null) {
                    return null;
                }
                line++;
                return text.toString();
            }
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            while (position < end && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            if (text == null) {
                text = new StringBuilder();
            }
            if (text.length() + position - start > limits.lineChars()) {
                throw new RuleViolation(ErrorCode.LINE_TOO_LONG, part.fileName(), line + 1, limits.lineChars());
            }
            text.append(buffer, start, position - start);
            if (position < end) {
                afterCarriageReturn = buffer[position] == '\r';
                position++;
                line++;
                return text.toString();
            }
        }
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = reader.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        end = Math.max(n, 0);
        return n > 0;
    }

    private String fieldName(int index) {
        return index < columns ? part.header().get(index) : "field " + (index + 1);
    }

    @Override
    public long recordsRead() {
        return recordsRead;
    }

    private static List<String> split(String raw) throws IOException {
        try (CSVParser parser = CSVParser.parse(raw, FORMAT)) {
            List<String> values = new ArrayList<>();
            for (CSVRecord record : parser) {
                record.forEach(values::add);
            }
            return values;
        } catch (UncheckedIOException | IllegalStateException e) {
            // An unbalanced quote: keep the record, let validation refuse it on its field count.
            return List.of(raw);
        }
    }

    /** An I/O failure makes the part unreadable: PV-1008. */
    private RuleViolation unreadable(IOException e) {
        return new RuleViolation(ErrorCode.FILE_UNREADABLE, part.fileName(), e.getMessage());
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
