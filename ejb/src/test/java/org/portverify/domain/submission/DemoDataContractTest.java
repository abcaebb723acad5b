package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portverify.domain.agreement.Milestone;
import org.portverify.domain.model.Port;

/**
 * The illustrative demo packages (demo-data/submissions/2025) follow the data contract: every record of every part
 * passes {@link RecordRules}, and {@link PackageRules} finds nothing. The milestones tell the story demo-data/README.md
 * tells: POLA on time, POLB one late milestone within its control and one excused.
 */
class DemoDataContractTest {

    private static final int REPORTING_YEAR = 2025;
    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

    @ParameterizedTest(name = "{0}: {1} late within its control, {2} excused")
    @CsvSource({"POLA, 0, 0", "POLB, 1, 1"})
    void everyDemoRecordIsAcceptedAndThePackageIsConsistent(Port port, int lateWithinControl, int excused)
            throws IOException {
        Path folder = demoSubmissions().resolve(port.name());
        AcceptedRecords records = new AcceptedRecords(
                read(folder, SubmissionPart.EMISSIONS).stream().map(r -> RecordRules.emission(r, REPORTING_YEAR))
                        .toList(),
                read(folder, SubmissionPart.THROUGHPUT).stream().map(r -> RecordRules.throughput(r, REPORTING_YEAR))
                        .toList(),
                read(folder, SubmissionPart.MILESTONES).stream().map(r -> RecordRules.milestone(r, REPORTING_YEAR))
                        .toList(),
                read(folder, SubmissionPart.FLEET).stream().map(r -> RecordRules.fleet(r, REPORTING_YEAR))
                        .toList());
        // 10 data years x 5 categories x 8 pollutants; 10 TEU years; 13 milestones; 9 years x CHE and HDV
        assertEquals(400, records.emissions().size());
        assertEquals(10, records.throughput().size());
        assertEquals(13, records.milestones().size());
        assertEquals(18, records.fleet().size());

        assertEquals(List.of(), PackageRules.check(records, PreviousEdition.none(), WarningThresholds.DEFAULT));

        List<Milestone> late = records.milestones().stream().filter(m -> m.isLateAt(YEAR_END)).toList();
        assertEquals(lateWithinControl, late.stream().filter(Milestone::isWithinPortControl).count());
        assertEquals(excused, late.stream().filter(m -> !m.isWithinPortControl()).count());
        late.stream().filter(m -> !m.isWithinPortControl())
                .forEach(m -> assertFalse(m.getFlexibilityRef().isEmpty(), m.getMilestoneId()));
        assertTrue(records.milestones().stream().allMatch(m -> m.getDueDate().getYear() <= 2029));
    }

    /** The demo files have no quoted fields, so a plain split is a faithful reader for them. */
    private static List<SourceRecord> read(Path folder, SubmissionPart part) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(part.fileName()), StandardCharsets.UTF_8);
        assertEquals(String.join(",", part.header()), lines.get(0), part.fileName() + " header");
        List<SourceRecord> records = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                records.add(new SourceRecord(0L, part, i + 1, Arrays.asList(lines.get(i).split(",", -1)),
                        lines.get(i)));
            }
        }
        return records;
    }

    /** demo-data/submissions/2025, found from the working directory (the ejb module under Maven) upwards. */
    private static Path demoSubmissions() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("demo-data").resolve("submissions").resolve(String.valueOf(REPORTING_YEAR));
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return fail("demo-data/submissions/2025 not found above " + Path.of("").toAbsolutePath());
    }
}
