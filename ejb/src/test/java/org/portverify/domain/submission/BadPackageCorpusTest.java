package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.model.Port;
import org.portverify.infrastructure.files.CsvRecordCursor;
import org.portverify.infrastructure.files.RecordCursor;
import org.portverify.infrastructure.files.SubmissionPackages;

/**
 * The corpus of bad packages (ejb/src/test/resources/corpus): a small valid package ({@code base/}) and, in
 * {@code bad-packages.csv}, one change to it per rule with the one finding the change must give (see
 * {@link BadPackage} for the format). Each bad package is built as a ZIP, opened as an upload is, and run through the
 * server's checks without a server ({@link IntakePipeline}), as POLA's package for reporting year 2025, against
 * POLA's previously accepted edition ({@code previous-edition.csv}: its 2005 figures and one of 2024).
 *
 * <p>A bad package must give exactly its expected finding and nothing else: a second finding means the case breaks
 * two rules, or a rule fires where it should not.
 */
class BadPackageCorpusTest {

    private static final Port PORT = Port.POLA;
    private static final int REPORTING_YEAR = 2025;

    /**
     * The PV-1xxx codes no change to the text of the five files can give, each with the reason. Every other PV-1xxx
     * code of {@link ErrorCode} must have a case in the corpus.
     */
    private static final Map<ErrorCode, String> NOT_FROM_CONTENT = excluded(Map.ofEntries(
            Map.entry(ErrorCode.SUBMISSION_FOLDER_MISSING,
                    "folder intake only: no package at all where one was expected"),
            Map.entry(ErrorCode.SUBMISSION_FILE_MISSING, "folder carrier only; a ZIP without a part gives PV-1024"),
            Map.entry(ErrorCode.NOT_UTF8, "raw bytes, which a CSV corpus row cannot carry: CsvRecordCursorTest"),
            Map.entry(ErrorCode.FILE_UNREADABLE,
                    "I/O failures and corrupt XLSX sheets, not what the CSV text says "
                            + "(bytes that are not UTF-8 are PV-1106 on their line)"),
            Map.entry(ErrorCode.PACKAGE_FORMAT_UNKNOWN,
                    "the carrier is not a ZIP or XLSX: the archive, not its parts"),
            Map.entry(ErrorCode.PACKAGE_ENTRY_UNSAFE, "an archive entry name with '..' or an absolute path"),
            Map.entry(ErrorCode.PACKAGE_TOO_MANY_ENTRIES, "more than 1,000 archive entries"),
            Map.entry(ErrorCode.PACKAGE_ENTRY_OVERCOMPRESSED,
                    "an archive entry over 100 KiB inflating over 100 times"),
            Map.entry(ErrorCode.PACKAGE_PART_AMBIGUOUS, "two archive entries for one part"),
            Map.entry(ErrorCode.PACKAGE_ENTRY_TOO_LARGE, "an archive entry over the absolute size: HostileFilesTest"),
            Map.entry(ErrorCode.PACKAGE_ENTRY_SIZE_FORGED,
                    "an archive whose directory understates a size: HostileFilesTest"),
            Map.entry(ErrorCode.LINE_TOO_LONG, "a line over 65,536 characters: HostileFilesTest, HostilePackagesIT"),
            Map.entry(ErrorCode.VALUE_TEXT_TOO_LONG, "a field over 4,096 characters: HostileFilesTest"),
            Map.entry(ErrorCode.SHEET_TOO_MANY_COLUMNS, "XLSX only: HostileFilesTest"),
            Map.entry(ErrorCode.SHARED_STRINGS_TOO_MANY, "XLSX only: HostileFilesTest"),
            Map.entry(ErrorCode.SHARED_STRINGS_TOO_LARGE, "XLSX only: HostileFilesTest"),
            Map.entry(ErrorCode.XML_DTD_REFUSED, "XLSX only: HostileFilesTest"),
            Map.entry(ErrorCode.XLSX_ROWS_OUT_OF_ORDER, "XLSX only: HostileFilesTest"),
            Map.entry(ErrorCode.INGEST_FAILED,
                    "an ingest that fails half-way, not a finding of the rules: HostilePackagesIT"),
            Map.entry(ErrorCode.INGEST_STOPPED_AT_TOLERANCE,
                    "more refused records than the year's error tolerance, an administrator's setting: ToleranceIT"),
            Map.entry(ErrorCode.PACKAGE_RULES_OVER_TOLERANCE,
                    "more duplicates than the year's error tolerance leaves room for: ToleranceIT"),
            Map.entry(ErrorCode.REQUEST_TOO_LARGE, "the upload request, not the package's content: SecurityIT"),
            Map.entry(ErrorCode.FILE_NAME_TOO_LONG, "the upload's file name, not the package's content: SecurityIT")));

    @TempDir
    Path temp;

    static List<BadPackage> badPackages() {
        return BadPackage.all();
    }

    @Test
    void theBasePackageGivesNoFindingAtAll() throws IOException {
        Path zip = BadPackage.writeBaseZip(temp.resolve("base.zip"));

        assertEquals(List.of(), pipeline().run(SubmissionPackages.open(zip)));
    }

    @Test
    void theClaimsAreOptional() throws IOException {
        BadPackage withoutClaims = new BadPackage("claims-left-out", SubmissionPart.CLAIMS, null, null,
                BadPackage.NO_FILE, null);
        Path zip = withoutClaims.writeZip(temp.resolve("without-claims.zip"));

        assertEquals(List.of(), pipeline().run(SubmissionPackages.open(zip)));
    }

    @Test
    void theBasePackageWithTheOptionalGwpColumnGivesNoFindingEither() throws IOException {
        BadPackage withGwp = new BadPackage("manifest-with-gwp", SubmissionPart.MANIFEST, 1, 2,
                "port,reporting_year,edition,preparer,contact,submitted_on,note,gwp\n"
                        + "POLA,2025,2025,Environmental Management Division,inventory@example.org,2026-06-30,,AR5",
                null);
        Path zip = withGwp.writeZip(temp.resolve("with-gwp.zip"));

        assertEquals(List.of(), pipeline().run(SubmissionPackages.open(zip)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPackages")
    void eachBadPackageGivesExactlyItsOneFinding(BadPackage bad) throws IOException {
        Path zip = bad.writeZip(temp.resolve(bad.name() + ".zip"));

        // A refused or removed figure leaves its data year partial: that PV-1260 note follows from the case's change.
        List<Finding> findings = pipeline().run(SubmissionPackages.open(zip)).stream()
                .filter(f -> f.code() != ErrorCode.PARTIAL_INVENTORY
                        || bad.expected().code().equals(ErrorCode.PARTIAL_INVENTORY.code()))
                .toList();

        assertEquals(List.of(bad.expected()), findings.stream().map(BadPackage.Expected::of).toList(),
                () -> bad.name() + " gave " + findings);
    }

    @Test
    void theCorpusCoversEveryCodeAPackageCanGive() {
        Set<String> covered = BadPackage.all().stream().map(b -> b.expected().code())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = Stream.of(ErrorCode.values()).filter(c -> c.code().startsWith("PV-1"))
                .filter(c -> !NOT_FROM_CONTENT.containsKey(c)).map(ErrorCode::code)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(expected, covered, "codes with a case in corpus/bad-packages.csv");
    }

    @Test
    void everyCaseHasItsOwnNameAndNamesTheFileItChanges() {
        List<BadPackage> all = BadPackage.all();
        Map<String, Long> names = all.stream().collect(Collectors.groupingBy(BadPackage::name,
                Collectors.counting()));
        names.forEach((name, count) -> assertEquals(1L, count, () -> name + " appears " + count + " times"));
        all.forEach(bad -> assertTrue(bad.name().startsWith(bad.part().sheetName() + "-"),
                () -> bad.name() + " does not start with " + bad.part().sheetName() + "-"));
    }

    private static IntakePipeline pipeline() throws IOException {
        return new IntakePipeline(PORT, REPORTING_YEAR, previousEdition());
    }

    /** POLA's accepted 2024 edition: its 2005 figures are what a restated baseline is measured against. */
    private static PreviousEdition previousEdition() throws IOException {
        List<InventoryFigure> figures = new ArrayList<>();
        Reader in = Files.newBufferedReader(BadPackage.corpus().resolve("previous-edition.csv"),
                StandardCharsets.UTF_8);
        try (RecordCursor cursor = CsvRecordCursor.open(in, SubmissionPart.EMISSIONS, 0, 0)) {
            for (SourceRecord record = cursor.next(); record != null; record = cursor.next()) {
                figures.add(RecordRules.emission(record, REPORTING_YEAR - 1));
            }
        }
        return new PreviousEdition("2024", figures);
    }

    private static Map<ErrorCode, String> excluded(Map<ErrorCode, String> reasons) {
        Map<ErrorCode, String> sorted = new EnumMap<>(ErrorCode.class);
        sorted.putAll(reasons);
        return sorted;
    }
}
