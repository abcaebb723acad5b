package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portverify.domain.agreement.Milestone;
import org.portverify.domain.metrics.DemoData;
import org.portverify.domain.model.Port;

/**
 * The illustrative demo packages (demo-data/submissions/2025) follow the data contract: every record of every part
 * passes {@link RecordRules}, and {@link PackageRules} finds nothing. The milestones tell the story demo-data/README.md
 * tells: POLA on time, POLB one late milestone within its control and one excused.
 */
class DemoDataContractTest {

    private static final int REPORTING_YEAR = 2025;
    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

    @ParameterizedTest(name = "{0}: {1} late within its control, {2} excused, {3} claims")
    @CsvSource({"POLA, 0, 0, 12", "POLB, 1, 1, 11"})
    void everyDemoRecordIsAcceptedAndThePackageIsConsistent(Port port, int lateWithinControl, int excused, int claims)
            throws IOException {
        Path folder = DemoData.submissions().resolve(port.name());
        AcceptedRecords records = new AcceptedRecords(
                DemoData.read(folder, SubmissionPart.EMISSIONS).stream().map(r -> RecordRules.emission(r, REPORTING_YEAR))
                        .toList(),
                DemoData.read(folder, SubmissionPart.THROUGHPUT).stream().map(r -> RecordRules.throughput(r, REPORTING_YEAR))
                        .toList(),
                DemoData.read(folder, SubmissionPart.MILESTONES).stream().map(r -> RecordRules.milestone(r, REPORTING_YEAR))
                        .toList(),
                DemoData.read(folder, SubmissionPart.FLEET).stream().map(r -> RecordRules.fleet(r, REPORTING_YEAR))
                        .toList(),
                DemoData.read(folder, SubmissionPart.CLAIMS).stream().map(r -> RecordRules.claim(r, REPORTING_YEAR))
                        .toList());
        // 10 data years x 5 categories x 8 pollutants; 10 TEU years; 13 milestones; 9 years x CHE and HDV
        assertEquals(400, records.emissions().size());
        assertEquals(10, records.throughput().size());
        assertEquals(13, records.milestones().size());
        assertEquals(18, records.fleet().size());
        // the port's own headlines and San Pedro Bay's (demo-data/README.md)
        assertEquals(claims, records.claims().size());

        assertEquals(List.of(), PackageRules.check(records, PreviousEdition.none(), WarningThresholds.DEFAULT, "", null));

        List<Milestone> late = records.milestones().stream().filter(m -> m.isLateAt(YEAR_END)).toList();
        assertEquals(lateWithinControl, late.stream().filter(Milestone::isWithinPortControl).count());
        assertEquals(excused, late.stream().filter(m -> !m.isWithinPortControl()).count());
        late.stream().filter(m -> !m.isWithinPortControl())
                .forEach(m -> assertFalse(m.getFlexibilityRef().isEmpty(), m.getMilestoneId()));
        assertTrue(records.milestones().stream().allMatch(m -> m.getDueDate().getYear() <= 2029));
    }
}
