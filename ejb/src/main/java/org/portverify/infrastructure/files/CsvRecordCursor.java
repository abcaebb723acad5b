package org.portverify.infrastructure.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.SubmissionPart;

/**
 * Streams the records of one CSV part line by line (records of these parts never span lines), keeping each
 * raw line so that a refused record can be stored exactly as submitted. Memory stays constant whatever the file size.
 */
public final class CsvRecordCursor implements RecordCursor {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final BufferedReader reader;
    private final SubmissionPart part;
    private final long submissionId;
    private long line;
    private long recordsRead;

    private CsvRecordCursor(BufferedReader reader, SubmissionPart part, long submissionId) {
        this.reader = reader;
        this.part = part;
        this.submissionId = submissionId;
    }

    /** Opens a cursor over UTF-8 CSV text; the reader is closed with the cursor. */
    public static RecordCursor open(Reader text, SubmissionPart part, long submissionId, long recordsToSkip) {
        CsvRecordCursor cursor = new CsvRecordCursor(new BufferedReader(text), part, submissionId);
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
                    recordsToSkip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header must match the data contract exactly (a BOM is tolerated). */
    private void checkHeader() throws IOException {
        String header = reader.readLine();
        line = 1;
        String expected = String.join(",", part.header());
        String actual = header == null ? "" : header.replace("\uFEFF", "").strip();
        if (!expected.equals(actual)) {
            close();
            throw new RuleViolation(ErrorCode.HEADER_MISMATCH, part.fileName(), expected, actual);
        }
    }

    @Override
    public SourceRecord next() {
        try {
            String raw;
            do {
                raw = reader.readLine();
                if (raw == null) {
                    return null;
                }
                line++;
            } while (raw.isBlank());
            recordsRead++;
            return new SourceRecord(submissionId, part, line, split(raw), raw);
        } catch (IOException e) {
            throw unreadable(e);
        }
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
