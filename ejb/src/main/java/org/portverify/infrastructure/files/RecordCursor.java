package org.portverify.infrastructure.files;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
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
 * Streams the records of one submission file line by line (records of these parts never span lines), keeping each
 * raw line so that a refused record can be stored exactly as submitted. Memory stays constant whatever the file size.
 */
public final class RecordCursor implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final BufferedReader reader;
    private final SubmissionPart part;
    private final long submissionId;
    private long line;
    private long recordsRead;

    private RecordCursor(BufferedReader reader, SubmissionPart part, long submissionId) {
        this.reader = reader;
        this.part = part;
        this.submissionId = submissionId;
    }

    static RecordCursor open(Path file, SubmissionPart part, long submissionId, long recordsToSkip) {
        try {
            RecordCursor cursor = new RecordCursor(Files.newBufferedReader(file, StandardCharsets.UTF_8), part,
                    submissionId);
            cursor.checkHeader();
            for (long i = 0; i < recordsToSkip && cursor.next() != null; i++) {
                // skip records a previous attempt already committed
            }
            return cursor;
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

    /** The next non-blank record, or null at the end of the file. */
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
            throw new UncheckedIOException(e);
        }
    }

    /** Records returned so far, including skipped ones: the position to checkpoint. */
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

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
