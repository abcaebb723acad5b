package org.portverify.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.SubmissionFile;
import org.portverify.domain.submission.SubmissionPart;

class SubmissionPackagesTest {

    private static final long SUBMISSION = 7L;

    @TempDir
    Path dir;

    /** The three ways a port can carry the same package. */
    enum Carrier {
        FOLDER {
            @Override
            SubmissionPackage write(SamplePackage sample, Path dir) throws IOException {
                return SubmissionFolder.at(sample.writeFolder(dir.resolve("2025/POLA")).toString(), Port.POLA, 2025);
            }
        },
        ZIP {
            @Override
            SubmissionPackage write(SamplePackage sample, Path dir) throws IOException {
                return SubmissionPackages.open(sample.writeZip(dir.resolve("pola-2025.zip"), ""));
            }
        },
        XLSX {
            @Override
            SubmissionPackage write(SamplePackage sample, Path dir) throws IOException {
                return SubmissionPackages.open(sample.writeXlsx(dir.resolve("pola-2025.xlsx")));
            }
        };

        abstract SubmissionPackage write(SamplePackage sample, Path dir) throws IOException;
    }

    private static List<SourceRecord> records(SubmissionPackage pkg, SubmissionPart part) {
        List<SourceRecord> records = new ArrayList<>();
        try (RecordCursor cursor = pkg.open(part, SUBMISSION, 0)) {
            for (SourceRecord record = cursor.next(); record != null; record = cursor.next()) {
                records.add(record);
            }
        }
        return records;
    }

    private static SourceRecord emission(long line, String raw, String... values) {
        return new SourceRecord(SUBMISSION, SubmissionPart.EMISSIONS, line, List.of(values), raw);
    }

    private static SourceRecord throughput(long line, String raw, String... values) {
        return new SourceRecord(SUBMISSION, SubmissionPart.THROUGHPUT, line, List.of(values), raw);
    }

    // ---------------------------------------------------------------- same records whatever the carrier

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void everyCarrierYieldsTheSameRecords(Carrier carrier) throws IOException {
        SubmissionPackage pkg = carrier.write(SamplePackage.standard(), dir);
        assertAll(
                () -> assertEquals(List.of(new SourceRecord(SUBMISSION, SubmissionPart.MANIFEST, 2,
                        List.of("POLA", "2025", "2025", "Starcrest Consulting Group, LLC", "inventory@pola.example",
                                "2026-03-31", ""),
                        "POLA,2025,2025,\"Starcrest Consulting Group, LLC\",inventory@pola.example,2026-03-31,",
                        7)),
                        records(pkg, SubmissionPart.MANIFEST)),
                () -> assertEquals(List.of(
                        emission(2, "2005,OGV,,DPM,900,short_tons", "2005", "OGV", "", "DPM", "900", "short_tons"),
                        emission(3, "2024,OGV,,DPM,88.652,short_tons", "2024", "OGV", "", "DPM", "88.652", "short_tons"),
                        emission(4, "2024,HDV,,NOx,1234.5,short_tons", "2024", "HDV", "", "NOx", "1234.5", "short_tons"),
                        emission(5, "2024,CHE,,CO2e,740250,metric_tons",
                                "2024", "CHE", "", "CO2e", "740250", "metric_tons"),
                        emission(6, "2024,LOCOMOTIVE,,SOx,,short_tons", "2024", "LOCOMOTIVE", "", "SOx", "", "short_tons"),
                        emission(7, "2024,HARBOR_CRAFT,,PM2.5,0.05,short_tons",
                                "2024", "HARBOR_CRAFT", "", "PM2.5", "0.05", "short_tons")),
                        records(pkg, SubmissionPart.EMISSIONS)),
                () -> assertEquals(List.of(
                        throughput(2, "2005,7484624", "2005", "7484624"),
                        throughput(3, "2024,10296000", "2024", "10296000")),
                        records(pkg, SubmissionPart.THROUGHPUT)));
    }

    @Test
    void theWorkbookReallyHoldsNumbersAndDatesThatNeedRendering() throws IOException {
        Path xlsx = SamplePackage.standard().writeXlsx(dir.resolve("pola.xlsx"));
        StringBuilder sheets = new StringBuilder();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/")) {
                    sheets.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        // what POI wrote for 10296000 and 7484624, and for 2026-03-31 (a serial day number)
        assertTrue(sheets.indexOf("<v>1.0296E7</v>") > 0, sheets::toString);
        assertTrue(sheets.indexOf("<v>7484624.0</v>") > 0, sheets::toString);
        assertTrue(sheets.indexOf("<v>46112.0</v>") > 0, sheets::toString);
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void blankLinesAndBlankRowsAreSkippedKeepingTheirNumbers(Carrier carrier) throws IOException {
        SubmissionPackage pkg = carrier.write(SamplePackage.withBlankLines(), dir);
        assertAll(
                () -> assertEquals(List.of(
                        emission(2, "2005,OGV,,DPM,900,short_tons", "2005", "OGV", "", "DPM", "900", "short_tons"),
                        emission(4, "2024,OGV,,DPM,88.652,short_tons", "2024", "OGV", "", "DPM", "88.652", "short_tons"),
                        emission(6, "2024,HDV,,NOx,1234.5,short_tons", "2024", "HDV", "", "NOx", "1234.5", "short_tons")),
                        records(pkg, SubmissionPart.EMISSIONS)),
                () -> assertEquals(List.of(throughput(4, "2024,10296000", "2024", "10296000")),
                        records(pkg, SubmissionPart.THROUGHPUT)));
    }

    @Test
    void aZipMayHoldItsFilesInOneFolder() throws IOException {
        SamplePackage sample = SamplePackage.standard();
        ZipPackage nested = (ZipPackage) SubmissionPackages.open(
                sample.writeZip(dir.resolve("nested.zip"), "pola-2025/"));
        SubmissionPackage folder = Carrier.FOLDER.write(sample, dir);
        assertEquals("pola-2025/emissions.csv", nested.entryName(SubmissionPart.EMISSIONS));
        for (SubmissionPart part : List.of(SubmissionPart.MANIFEST, SubmissionPart.EMISSIONS,
                SubmissionPart.THROUGHPUT)) {
            assertEquals(records(folder, part), records(nested, part), part.fileName());
        }
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void theManifestRowIsReadAlike(Carrier carrier) throws IOException {
        SourceRecord row = carrier.write(SamplePackage.standard(), dir).manifestRow();
        assertEquals("2026-03-31", row.value("submitted_on"));
        assertEquals("Starcrest Consulting Group, LLC", row.value("preparer"));
        assertEquals("", row.value("note"));
    }

    // ---------------------------------------------------------------- restart

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void aRestartSkipsTheRecordsAlreadyCommitted(Carrier carrier) throws IOException {
        SubmissionPackage pkg = carrier.write(SamplePackage.withBlankLines(), dir);
        try (RecordCursor cursor = pkg.open(SubmissionPart.EMISSIONS, SUBMISSION, 2)) {
            assertEquals(2, cursor.recordsRead()); // the skipped ones count: the position survives another restart
            SourceRecord third = cursor.next();
            assertEquals(emission(6, "2024,HDV,,NOx,1234.5,short_tons", "2024", "HDV", "", "NOx", "1234.5", "short_tons"),
                    third);
            assertEquals(3, cursor.recordsRead());
            assertNull(cursor.next());
            assertEquals(3, cursor.recordsRead());
        }
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void skippingPastTheEndLeavesNothing(Carrier carrier) throws IOException {
        try (RecordCursor cursor = carrier.write(SamplePackage.standard(), dir)
                .open(SubmissionPart.THROUGHPUT, SUBMISSION, 5)) {
            assertNull(cursor.next());
            assertEquals(2, cursor.recordsRead());
        }
    }

    // ---------------------------------------------------------------- header

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void aWrongHeaderIsRefusedWithTheSameCode(Carrier carrier) throws IOException {
        SamplePackage sample = SamplePackage.standard().with(SubmissionPart.EMISSIONS,
                "data_year,category,pollutant,value", "2024,OGV,DPM,88.652");
        SubmissionPackage pkg = carrier.write(sample, dir);
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> pkg.open(SubmissionPart.EMISSIONS, SUBMISSION, 0));
        assertEquals(ErrorCode.HEADER_MISMATCH, violation.code());
        assertTrue(violation.getMessage().endsWith(": header must be exactly "
                + "'data_year,category,sub_category,pollutant,value,unit' but is 'data_year,category,pollutant,value'"),
                violation.getMessage());
    }

    // ---------------------------------------------------------------- an optional trailing column: manifest gwp

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void theClaimsAreOptionalAndReadAlikeWhenCarried(Carrier carrier) throws IOException {
        SubmissionPackage without = carrier.write(SamplePackage.standard().without(SubmissionPart.CLAIMS),
                Files.createDirectories(dir.resolve("without")));
        assertFalse(without.has(SubmissionPart.CLAIMS));
        assertEquals(List.of(), records(without, SubmissionPart.CLAIMS));
        assertFalse(without.files().stream().anyMatch(f -> f.fileName().equals("claims.csv")));

        SubmissionPackage with = carrier.write(SamplePackage.standard().with(SubmissionPart.CLAIMS,
                "scope,category,pollutant,data_year,measure,value", "PORT,ALL,DPM,2024,CHANGE_VS_2005,-90",
                "SAN_PEDRO_BAY,OGV,NOx,2024,TONS,4000.5"), Files.createDirectories(dir.resolve("with")));
        assertEquals(List.of(
                new SourceRecord(SUBMISSION, SubmissionPart.CLAIMS, 2, List.of("PORT", "ALL", "DPM", "2024",
                        "CHANGE_VS_2005", "-90"), "PORT,ALL,DPM,2024,CHANGE_VS_2005,-90"),
                new SourceRecord(SUBMISSION, SubmissionPart.CLAIMS, 3, List.of("SAN_PEDRO_BAY", "OGV", "NOx", "2024",
                        "TONS", "4000.5"), "SAN_PEDRO_BAY,OGV,NOx,2024,TONS,4000.5")),
                records(with, SubmissionPart.CLAIMS));
    }

    private static final String MANIFEST_HEADER = "port,reporting_year,edition,preparer,contact,submitted_on,note";

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void theManifestMayCarryTheOptionalGwpColumn(Carrier carrier) throws IOException {
        SamplePackage sample = SamplePackage.standard().with(SubmissionPart.MANIFEST, MANIFEST_HEADER + ",gwp",
                "POLA,2025,2025,Preparer,inventory@pola.example,2026-03-31,,AR5");
        SourceRecord manifest = carrier.write(sample, dir).manifestRow();
        assertEquals(8, manifest.columns());
        assertEquals("AR5", manifest.value("gwp"));
        assertEquals("", manifest.value("note"));
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void aManifestWithoutTheGwpColumnIsReadAsBeforeAndAnswersItEmpty(Carrier carrier) throws IOException {
        SourceRecord manifest = carrier.write(SamplePackage.standard(), dir).manifestRow();
        assertEquals(7, manifest.columns());
        assertEquals(7, manifest.values().size());
        assertEquals("2026-03-31", manifest.value("submitted_on"));
        assertEquals("", manifest.value("gwp"));
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void aFieldBeyondTheSevenColumnHeaderIsKeptForTheFieldCountNotReadAsGwp(Carrier carrier) throws IOException {
        SamplePackage sample = SamplePackage.standard().with(SubmissionPart.MANIFEST, MANIFEST_HEADER,
                "POLA,2025,2025,Preparer,inventory@pola.example,2026-03-31,,AR5");
        SourceRecord manifest = carrier.write(sample, dir).manifestRow();
        assertEquals(7, manifest.columns());
        assertEquals(8, manifest.values().size());
        assertEquals("", manifest.value("gwp"));
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void anyOtherManifestHeaderIsRefusedNamingBothAcceptedOnes(Carrier carrier) throws IOException {
        // gwp without note before it, and a column after gwp: optional columns only trail, in their order
        for (String header : List.of("port,reporting_year,edition,preparer,contact,submitted_on,gwp",
                MANIFEST_HEADER + ",gwp,extra")) {
            SamplePackage sample = SamplePackage.standard().with(SubmissionPart.MANIFEST, header,
                    "POLA,2025,2025,Preparer,inventory@pola.example,2026-03-31,,AR5");
            SubmissionPackage pkg = carrier.write(sample,
                    Files.createDirectories(dir.resolve(carrier + "-" + header.length())));
            RuleViolation violation = assertThrows(RuleViolation.class, pkg::manifestRow);
            assertEquals(ErrorCode.HEADER_MISMATCH, violation.code());
            assertTrue(violation.getMessage().endsWith(": header must be exactly '" + MANIFEST_HEADER + "' or '"
                    + MANIFEST_HEADER + ",gwp' but is '" + header + "'"), violation.getMessage());
        }
    }

    @Test
    void theSheetNamesTheWorkbookInHeaderMessages() throws IOException {
        SamplePackage sample = SamplePackage.standard().with(SubmissionPart.THROUGHPUT, "year,teu");
        SubmissionPackage pkg = Carrier.XLSX.write(sample, dir);
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> pkg.open(SubmissionPart.THROUGHPUT, SUBMISSION, 0));
        assertEquals("PV-1003: pola-2025.xlsx, sheet throughput: header must be exactly 'data_year,teu' "
                + "but is 'year,teu'", violation.getMessage());
    }

    @Test
    void theHeaderMustBeInTheFirstRow() throws IOException {
        SamplePackage sample = SamplePackage.standard().with(SubmissionPart.THROUGHPUT,
                "", "data_year,teu", "2024,10296000");
        SubmissionPackage pkg = Carrier.XLSX.write(sample, dir);
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> pkg.open(SubmissionPart.THROUGHPUT, SUBMISSION, 0));
        assertEquals(ErrorCode.HEADER_MISMATCH, violation.code());
        assertTrue(violation.getMessage().endsWith("but is ''"), violation.getMessage());
    }

    // ---------------------------------------------------------------- choosing the carrier by content

    @Test
    void theCarrierIsChosenByContentNotByExtension() throws IOException {
        SamplePackage sample = SamplePackage.standard();
        Path zipNamedXlsx = sample.writeZip(dir.resolve("looks-like.xlsx"), "");
        Path xlsxNamedZip = sample.writeXlsx(dir.resolve("looks-like.zip"));
        assertInstanceOf(ZipPackage.class, SubmissionPackages.open(zipNamedXlsx));
        assertInstanceOf(XlsxPackage.class, SubmissionPackages.open(xlsxNamedZip));
    }

    @Test
    void aRecordedLocationReopensFoldersAndFiles() throws IOException {
        SamplePackage sample = SamplePackage.standard();
        Path folder = sample.writeFolder(dir.resolve("2025/POLB"));
        Path xlsx = sample.writeXlsx(dir.resolve("polb.xlsx"));
        assertInstanceOf(SubmissionFolder.class, SubmissionPackages.at(folder.toString(), Port.POLB, 2025));
        assertInstanceOf(XlsxPackage.class, SubmissionPackages.at(xlsx.toString(), Port.POLB, 2025));
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "pdf", "xls", "empty", "docx"})
    void anythingElseIsRefused(String kind) throws IOException {
        Path file = dir.resolve("package." + kind);
        switch (kind) {
            case "csv" -> Files.writeString(file, "data_year,teu\r\n2024,10296000\r\n");
            case "pdf" -> Files.writeString(file, "%PDF-1.7\n");
            case "xls" -> Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1});
            case "empty" -> Files.write(file, new byte[0]);
            default -> zip(file, "[Content_Types].xml", "<Types/>", "word/document.xml", "<document/>");
        }
        RuleViolation violation = assertThrows(RuleViolation.class, () -> SubmissionPackages.open(file));
        assertEquals(ErrorCode.PACKAGE_FORMAT_UNKNOWN, violation.code());
        assertTrue(violation.getMessage().startsWith("PV-1020: package." + kind
                + " is neither a ZIP of CSV files nor an XLSX workbook: "), violation.getMessage());
    }

    @Test
    void aBrokenWorkbookIsUnreadable() throws IOException {
        Path file = zip(dir.resolve("broken.xlsx"), "xl/workbook.xml", "<workbook");
        RuleViolation violation = assertThrows(RuleViolation.class, () -> SubmissionPackages.open(file));
        assertEquals(ErrorCode.FILE_UNREADABLE, violation.code());
        assertTrue(violation.getMessage().startsWith("PV-1008: broken.xlsx could not be read: "),
                violation.getMessage());
    }

    // ---------------------------------------------------------------- unsafe archives

    @ParameterizedTest
    @ValueSource(strings = {"../emissions.csv", "pola/../../emissions.csv", "/etc/emissions.csv",
        "C:/ports/emissions.csv", "..\\emissions.csv", "\\\\server\\share\\emissions.csv"})
    void entriesThatLeaveTheArchiveAreRefused(String name) throws IOException {
        Path file = zip(dir.resolve("slip.zip"), "manifest.csv", "port", name, "data_year");
        RuleViolation violation = assertThrows(RuleViolation.class, () -> SubmissionPackages.open(file));
        assertEquals(ErrorCode.PACKAGE_ENTRY_UNSAFE, violation.code());
        assertEquals("PV-1021: slip.zip: entry '" + name + "' has an absolute path or a '..' segment",
                violation.getMessage());
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Path file = dir.resolve("many.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i <= ZipEntries.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("notes/" + i + ".txt"));
                zip.closeEntry();
            }
        }
        RuleViolation violation = assertThrows(RuleViolation.class, () -> SubmissionPackages.open(file));
        assertEquals("PV-1022: many.zip holds 1001 entries; a package holds at most 1000", violation.getMessage());
    }

    @Test
    void anEntryThatDeclaresAnExplosiveRatioIsRefused() throws IOException {
        Path file = bomb(dir.resolve("bomb.zip"));
        RuleViolation violation = assertThrows(RuleViolation.class, () -> SubmissionPackages.open(file));
        assertEquals("PV-1023: bomb.zip: entry 'emissions.csv' expands more than 100 times its compressed size, "
                + "like a zip bomb", violation.getMessage());
    }

    @Test
    void anEntryThatLiesAboutItsSizeIsStoppedWhileInflating() throws IOException {
        Path file = bomb(dir.resolve("liar.zip"));
        declareSize(file, 1_000); // the central directory now claims 1,000 bytes: the declared ratio looks fine
        SubmissionPackage pkg = SubmissionPackages.open(file);
        long[] read = {0};
        RuleViolation violation = assertThrows(RuleViolation.class, () -> {
            try (RecordCursor cursor = pkg.open(SubmissionPart.EMISSIONS, SUBMISSION, 0)) {
                while (cursor.next() != null) {
                    read[0]++;
                }
            }
        });
        // inflating past the 1,000 declared bytes is the lie itself (PV-1031): stopped within the first buffer
        assertEquals(ErrorCode.PACKAGE_ENTRY_SIZE_FORGED, violation.code());
        assertTrue(read[0] < 400_000, "stopped after " + read[0] + " of 400,000 records");
    }

    // ---------------------------------------------------------------- missing and ambiguous parts

    @Test
    void aMissingPartIsReported() throws IOException {
        SamplePackage sample = SamplePackage.standard();
        Path zipFile = zip(dir.resolve("partial.zip"), "manifest.csv",
                "port,reporting_year,edition,preparer,contact,submitted_on,note\r\n");
        SubmissionPackage zip = SubmissionPackages.open(zipFile);
        Path xlsxFile = sample.writeXlsx(dir.resolve("full.xlsx"));
        SubmissionPackage xlsx = SubmissionPackages.open(xlsxFile);
        assertAll(
                () -> assertTrue(zip.has(SubmissionPart.MANIFEST)),
                () -> assertFalse(zip.has(SubmissionPart.THROUGHPUT)),
                () -> assertEquals("PV-1024: partial.zip holds no throughput.csv", assertThrows(RuleViolation.class,
                        () -> zip.open(SubmissionPart.THROUGHPUT, SUBMISSION, 0)).getMessage()),
                () -> assertTrue(xlsx.has(SubmissionPart.THROUGHPUT)));

        Path folderPath = sample.writeFolder(dir.resolve("2025/POLA"));
        Files.delete(folderPath.resolve("throughput.csv"));
        SubmissionFolder folder = SubmissionFolder.at(folderPath.toString(), Port.POLA, 2025);
        assertTrue(folder.has(SubmissionPart.EMISSIONS));
        assertFalse(folder.has(SubmissionPart.THROUGHPUT));
    }

    @Test
    void aMissingSheetIsReported() throws IOException {
        Path file = dir.resolve("two-sheets.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = Files.newOutputStream(file)) {
            workbook.createSheet("manifest");
            workbook.createSheet("Emissions"); // sheet names are matched exactly, as ZIP entry names are
            workbook.write(out);
        }
        SubmissionPackage xlsx = SubmissionPackages.open(file);
        assertTrue(xlsx.has(SubmissionPart.MANIFEST));
        assertFalse(xlsx.has(SubmissionPart.EMISSIONS));
        assertEquals("PV-1024: two-sheets.xlsx holds no sheet emissions", assertThrows(RuleViolation.class,
                () -> xlsx.open(SubmissionPart.EMISSIONS, SUBMISSION, 0)).getMessage());
    }

    @Test
    void aPartCarriedTwiceIsRefused() throws IOException {
        Path file = zip(dir.resolve("twice.zip"), "emissions.csv", "data_year", "old/emissions.csv", "data_year");
        RuleViolation violation = assertThrows(RuleViolation.class, () -> SubmissionPackages.open(file));
        assertEquals("PV-1025: twice.zip holds emissions.csv more than once: emissions.csv, old/emissions.csv",
                violation.getMessage());
    }

    // ---------------------------------------------------------------- digests

    @ParameterizedTest
    @EnumSource(value = Carrier.class, names = {"ZIP", "XLSX"})
    void aFilePackageIsDigestedAsItsBytes(Carrier carrier) throws Exception {
        SubmissionPackage pkg = carrier.write(SamplePackage.standard(), dir);
        byte[] bytes = Files.readAllBytes(pkg.path());
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        List<SubmissionFile> files = pkg.files();
        assertEquals(1, files.size());
        assertEquals(pkg.path().getFileName().toString(), files.get(0).fileName());
        assertEquals(expected, files.get(0).sha256());
        assertEquals(bytes.length, files.get(0).sizeBytes());
        assertEquals(expected, pkg instanceof ZipPackage zip ? zip.sha256() : ((XlsxPackage) pkg).sha256());
    }

    @Test
    void aFolderIsStillDigestedFileByFile() throws IOException {
        SubmissionPackage folder = Carrier.FOLDER.write(SamplePackage.standard(), dir);
        List<SubmissionFile> files = folder.files();
        assertEquals(SubmissionPart.values().length, files.size());
        assertEquals(files.stream().map(SubmissionFile::fileName).sorted().toList(),
                files.stream().map(SubmissionFile::fileName).toList());
        SubmissionFile throughput = files.stream().filter(f -> f.fileName().equals("throughput.csv")).findFirst()
                .orElseThrow();
        // sha256sum of "data_year,teu\r\n2005,7484624\r\n2024,10296000\r\n"
        assertEquals("261c63721944e8ea6e2c56fc0018bc51fa858d1044094150129c72a7d11ae241", throughput.sha256());
        assertEquals(44, throughput.sizeBytes());
    }

    // ---------------------------------------------------------------- archives built by hand

    /** A ZIP of name/content pairs. */
    private static Path zip(Path file, String... namesAndContents) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** emissions.csv: a valid header, then 400,000 identical records (about 12 MB deflated to a few KB). */
    private static Path bomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("emissions.csv"));
            zip.write("data_year,category,sub_category,pollutant,value,unit\n".getBytes(StandardCharsets.UTF_8));
            byte[] line = "2024,OGV,,DPM,1,short_tons\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 400_000; i++) {
                zip.write(line);
            }
            zip.closeEntry();
        }
        return file;
    }

    /** Overwrites the uncompressed size the central directory declares for the (only) entry. */
    private static void declareSize(Path file, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length - 22; i >= 0; i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                for (int b = 0; b < 4; b++) {
                    bytes[i + 24 + b] = (byte) (size >>> (8 * b));
                }
                Files.write(file, bytes);
                return;
            }
        }
        throw new IllegalStateException("no central directory header");
    }
}
