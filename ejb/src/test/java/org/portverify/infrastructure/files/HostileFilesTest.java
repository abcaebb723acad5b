package org.portverify.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.submission.SubmissionPart;

/**
 * Files built to hurt the server: each is refused with its own code as soon as a limit is passed, having read no
 * more than the limit (plus one buffer). Limits are the server's system properties (portverify.limits.*), set here
 * low where the defaults would make the test slow; codes are compared as text, as a port reads them.
 */
class HostileFilesTest {

    private static final String HEADER = "data_year,teu\n";

    @TempDir
    Path dir;

    @AfterEach
    void forgetLimits() {
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("portverify.limits."))
                .forEach(System::clearProperty);
    }

    /** Text produced on demand (never held): {@code prefix}, then {@code length} times 'x', then {@code suffix}. */
    private static final class Generated extends Reader {

        private final String prefix;
        private final long length;
        private final String suffix;
        private long position;
        long charsServed;

        Generated(String prefix, long length, String suffix) {
            this.prefix = prefix;
            this.length = length;
            this.suffix = suffix;
        }

        @Override
        public int read(char[] buffer, int offset, int count) {
            long total = prefix.length() + length + suffix.length();
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(count, total - position);
            for (int i = 0; i < n; i++, position++) {
                long p = position;
                buffer[offset + i] = p < prefix.length() ? prefix.charAt((int) p)
                        : p < prefix.length() + length ? 'x' : suffix.charAt((int) (p - prefix.length() - length));
            }
            charsServed += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    private static String code(RuleViolation violation) {
        return violation.code().code();
    }

    @Test
    void aHeaderLineOf300MillionCharactersIsRefusedOnceItPassesTheLimit() {
        Generated text = new Generated("data_year,teu", 300_000_000L, "\n2024,1\n");
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> CsvRecordCursor.open(text, SubmissionPart.THROUGHPUT, 1, 0));
        assertEquals("PV-1032", code(violation), violation.getMessage());
        assertTrue(violation.getMessage().contains("line 1"), violation.getMessage());
        // the default limit is 65,536 characters; the cursor reads at most one 8,192-character buffer past it
        assertTrue(text.charsServed <= 65_536 + 8_192, "characters read: " + text.charsServed);
    }

    @Test
    void aDataLineOf300MillionCharactersIsRefusedOnceItPassesTheLimit() {
        Generated text = new Generated(HEADER + "2024,10296000\n2025,", 300_000_000L, "\n");
        try (RecordCursor cursor = CsvRecordCursor.open(text, SubmissionPart.THROUGHPUT, 1, 0)) {
            assertEquals(List.of("2024", "10296000"), cursor.next().values());
            RuleViolation violation = assertThrows(RuleViolation.class, cursor::next);
            assertEquals("PV-1032", code(violation), violation.getMessage());
            assertTrue(violation.getMessage().contains("line 3"), violation.getMessage());
        }
        assertTrue(text.charsServed <= HEADER.length() + 14 + 65_536 + 8_192, "characters read: " + text.charsServed);
    }

    @Test
    void aLineWithinTheLimitIsReadWhateverItsLineEnd() {
        Generated text = new Generated("data_year,teu\r\n2024,1\r2025,", 65_000, "\r\n");
        try (RecordCursor cursor = CsvRecordCursor.open(text, SubmissionPart.THROUGHPUT, 1, 0)) {
            assertEquals(List.of("2024", "1"), cursor.next().values());
            // 65,005 characters: under the line limit; the field limit (4,096) refuses its second field
            RuleViolation violation = assertThrows(RuleViolation.class, cursor::next);
            assertEquals("PV-1033", code(violation), violation.getMessage());
        }
    }

    @Test
    void aFieldLongerThanTheLimitRefusesTheFile() {
        System.setProperty("portverify.limits.field-chars", "10");
        Generated text = new Generated(HEADER + "2024,12345678901\n", 0, "");
        try (RecordCursor cursor = CsvRecordCursor.open(text, SubmissionPart.THROUGHPUT, 1, 0)) {
            RuleViolation violation = assertThrows(RuleViolation.class, cursor::next);
            assertEquals("PV-1033", code(violation), violation.getMessage());
            assertTrue(violation.getMessage().contains("teu"), violation.getMessage());
        }
    }

    @Test
    void aZipEntryBeyondTheAbsoluteSizeIsRefused() throws IOException {
        System.setProperty("portverify.limits.entry-bytes", "100000");
        // 200,001 bytes of digits in varied order: far under the 100x ratio, over the 100,000-byte limit
        StringBuilder emissions = new StringBuilder(HEADER);
        long seed = 12345;
        while (emissions.length() < 200_000) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            emissions.append("2024,").append(Long.toUnsignedString(seed)).append('\n');
        }
        Path zip = zip(dir.resolve("big.zip"), Map.of("throughput.csv", emissions.toString()));
        RuleViolation violation = assertThrows(RuleViolation.class, () -> SubmissionPackages.open(zip));
        assertEquals("PV-1030", code(violation), violation.getMessage());
    }

    @Test
    void aZipWhoseDirectoryUnderstatesAnEntrysSizeIsRefusedWhenItInflatesMore() throws IOException {
        String throughput = HEADER + "2024,10296000\n".repeat(1_000);
        Path zip = zip(dir.resolve("lying.zip"), Map.of("throughput.csv", throughput));
        declareSize(zip, "throughput.csv", 100);
        SubmissionPackage pkg = SubmissionPackages.open(zip);
        RuleViolation violation = assertThrows(RuleViolation.class, () -> {
            try (RecordCursor cursor = pkg.open(SubmissionPart.THROUGHPUT, 1, 0)) {
                while (cursor.next() != null) {
                    // read to the end
                }
            }
        });
        assertEquals("PV-1031", code(violation), violation.getMessage());
        assertTrue(violation.getMessage().contains("100"), violation.getMessage());
    }

    @Test
    void anXlsxRowWithMoreCellsThanTheLimitIsRefused() throws IOException {
        StringBuilder cells = new StringBuilder("<row r=\"2\">");
        for (int i = 0; i < 1_025; i++) {
            cells.append("<c><v>1</v></c>");
        }
        Path file = HandWrittenXlsx.write(dir.resolve("wide.xlsx"), "throughput", false, List.of(),
                XlsxRecordCursorTest.HEADER + cells + "</row>");
        RuleViolation violation = assertThrows(RuleViolation.class, () -> readAll(file));
        assertEquals("PV-1034", code(violation), violation.getMessage());
    }

    @Test
    void anXlsxCellLongerThanTheLimitIsRefused() throws IOException {
        Path file = HandWrittenXlsx.write(dir.resolve("long-cell.xlsx"), "throughput", false, List.of(),
                XlsxRecordCursorTest.HEADER + "<row r=\"2\"><c r=\"A2\"><v>2024</v></c>"
                        + "<c r=\"B2\" t=\"inlineStr\"><is><t>" + "9".repeat(4_097) + "</t></is></c></row>");
        RuleViolation violation = assertThrows(RuleViolation.class, () -> readAll(file));
        assertEquals("PV-1033", code(violation), violation.getMessage());
    }

    /** The row number is where an ingest resumes after a crash: a row that does not follow the one before refuses the sheet. */
    @Test
    void anXlsxRowNumberedAtOrBeforeThePreviousOneIsRefused() throws IOException {
        Path file = HandWrittenXlsx.write(dir.resolve("rows.xlsx"), "throughput", false, List.of(),
                XlsxRecordCursorTest.HEADER + "<row r=\"3\"><c r=\"A3\"><v>2024</v></c><c r=\"B3\"><v>1</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\"><v>2023</v></c><c r=\"B2\"><v>1</v></c></row>");
        RuleViolation violation = assertThrows(RuleViolation.class, () -> readAll(file));
        assertEquals("PV-1038", code(violation), violation.getMessage());
        assertTrue(violation.getMessage().contains("row 2"), violation.getMessage());
    }

    @Test
    void sharedStringsBeyondTheirCountAreRefused() throws IOException {
        System.setProperty("portverify.limits.shared-strings", "2");
        Path file = HandWrittenXlsx.write(dir.resolve("strings.xlsx"), "throughput", false, List.of("a", "b", "c"),
                XlsxRecordCursorTest.HEADER + "<row r=\"2\"><c r=\"A2\"><v>2024</v></c><c r=\"B2\"><v>1</v></c></row>");
        RuleViolation violation = assertThrows(RuleViolation.class, () -> readAll(file));
        assertEquals("PV-1035", code(violation), violation.getMessage());
    }

    @Test
    void sharedStringsBeyondTheirSizeAreRefused() throws IOException {
        System.setProperty("portverify.limits.shared-strings-chars", "10");
        Path file = HandWrittenXlsx.write(dir.resolve("strings.xlsx"), "throughput", false,
                List.of("abcdef", "ghijkl"),
                XlsxRecordCursorTest.HEADER + "<row r=\"2\"><c r=\"A2\"><v>2024</v></c><c r=\"B2\"><v>1</v></c></row>");
        RuleViolation violation = assertThrows(RuleViolation.class, () -> readAll(file));
        assertEquals("PV-1036", code(violation), violation.getMessage());
    }

    /** Billion laughs: ten entities each ten times the one before; expanded, 10^9 "lol"s. */
    static final String LAUGHS = "<!DOCTYPE worksheet [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

    @Test
    void aSheetWithBillionLaughsIsRefusedForItsDtd() throws IOException {
        Path file = HandWrittenXlsx.writeRawSheet(dir.resolve("laughs.xlsx"), "throughput",
                "<?xml version=\"1.0\"?>" + LAUGHS
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + XlsxRecordCursorTest.HEADER
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"
                        + "</sheetData></worksheet>");
        RuleViolation violation = assertThrows(RuleViolation.class, () -> readAll(file));
        assertEquals("PV-1037", code(violation), violation.getMessage());
    }

    private static void readAll(Path file) {
        try (RecordCursor cursor = SubmissionPackages.open(file).open(SubmissionPart.THROUGHPUT, 1, 0)) {
            while (cursor.next() != null) {
                // read to the end
            }
        }
    }

    static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /**
     * Rewrites the uncompressed size the central directory gives for {@code name}: a forged archive. The central
     * file header (signature PK\1\2) holds it at offset 24, the name at 46 (APPNOTE 4.3.12).
     */
    static void declareSize(Path zip, String name, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == nameBytes.length
                    && new String(bytes, i + 46, nameBytes.length, StandardCharsets.UTF_8).equals(name)) {
                buffer.putInt(i + 24, size);
                try (OutputStream out = Files.newOutputStream(zip, StandardOpenOption.TRUNCATE_EXISTING)) {
                    out.write(bytes);
                }
                return;
            }
        }
        throw new IllegalStateException(name + " not in " + zip);
    }
}
