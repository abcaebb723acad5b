package org.portverify.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.submission.RecordRejected;
import org.portverify.domain.submission.RecordRules;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.SubmissionPart;

/**
 * Bytes that are not UTF-8 refuse only the line that holds them (PV-1106, naming the field), and a header that is
 * not UTF-8 is a header mismatch: never an unexplained I/O failure.
 */
class CsvRecordCursorTest {

    @TempDir
    Path dir;

    private RecordCursor open(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("throughput.csv"), bytes);
        return CsvRecordCursor.open(file, SubmissionPart.THROUGHPUT, 1, 0);
    }

    @Test
    void aLatin1ValueRefusesItsLineOnly() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("data_year,teu\n2024,10296000\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'2', '0', '2', '5', ',', '1', (byte) 0xE9, '\n'}); // "é" in ISO-8859-1
        bytes.writeBytes("2023,8634497\n".getBytes(StandardCharsets.UTF_8));
        try (RecordCursor cursor = open(bytes.toByteArray())) {
            assertEquals(10_296_000L, RecordRules.throughput(cursor.next(), 2025).getTeu());
            SourceRecord broken = cursor.next();
            assertEquals(3, broken.line());
            RecordRejected rejected = assertThrows(RecordRejected.class, () -> RecordRules.throughput(broken, 2025));
            assertEquals(ErrorCode.NOT_UTF8, rejected.finding().code());
            assertEquals("teu", rejected.finding().field());
            assertEquals(8_634_497L, RecordRules.throughput(cursor.next(), 2025).getTeu());
            assertNull(cursor.next());
        }
    }

    @Test
    void aHeaderThatIsNotUtf8IsAHeaderMismatch() {
        byte[] bytes = {'d', 'a', 't', 'a', '_', 'y', 'e', 'a', 'r', ',', 't', 'e', 'u', (byte) 0xFF, '\n'};
        RuleViolation violation = assertThrows(RuleViolation.class, () -> open(bytes));
        assertEquals(ErrorCode.HEADER_MISMATCH, violation.code());
    }
}
