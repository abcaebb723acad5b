package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portverify.application.SubmissionView.FindingView;
import org.portverify.domain.error.ErrorCode;

/** One {@link Finding} for a problem on a line: what each place that raises, keeps or shows one gets back. */
class FindingTest {

    private static final long SUBMISSION = 41L;

    private static SourceRecord emission(long line, String... values) {
        return new SourceRecord(SUBMISSION, SubmissionPart.EMISSIONS, line, List.of(values), String.join(",", values));
    }

    @Test
    void aRecordRuleRefusalCarriesTheWholeFindingOfItsLine() {
        SourceRecord record = emission(9, "2024", "OGV", "", "NO2", "1.0", "short_tons");
        RecordRejected rejected = assertThrows(RecordRejected.class, () -> RecordRules.emission(record, 2025));
        Finding finding = rejected.finding();
        String allowed = "DPM, PM10, PM2.5, NOx, SOx, CO, HC, CO2e, CO2, CH4, N2O";
        assertEquals(new Finding(Severity.ERROR, ErrorCode.UNKNOWN_POLLUTANT, "emissions.csv", 9, "pollutant",
                "NO2", ErrorCode.UNKNOWN_POLLUTANT.reason("NO2", allowed), "2024,OGV,,NO2,1.0,short_tons"), finding);
        assertEquals(ErrorCode.UNKNOWN_POLLUTANT.code() + ": " + finding.message() + " (field pollutant)",
                rejected.getMessage());
    }

    @Test
    void aRefusalOfTheWholeRecordHasNoSingleValue() {
        SourceRecord record = emission(3, "2024", "OGV", "", "NOx", "1.0");
        Finding finding = assertThrows(RecordRejected.class, () -> RecordRules.emission(record, 2025)).finding();
        assertEquals("(record)", finding.field());
        assertNull(finding.value());
        assertEquals("2024,OGV,,NOx,1.0", finding.rawLine());
    }

    @Test
    void theRefusalSurvivesSerialization() throws IOException, ClassNotFoundException {
        RecordRejected rejected = assertThrows(RecordRejected.class,
                () -> RecordRules.emission(emission(4, "2024", "OGV", "", "NOx", "-1", "short_tons"), 2025));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(rejected);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            RecordRejected back = (RecordRejected) in.readObject();
            assertEquals(rejected.finding(), back.finding());
            assertEquals(rejected.getMessage(), back.getMessage());
        }
    }

    @Test
    void aRejectedRecordGivesBackTheFindingItWasMadeOf() {
        Finding refused = assertThrows(RecordRejected.class, () -> RecordRules.emission(
                emission(5, "2024", "OGV", "", "NOx", "ten", "short_tons"), 2025)).finding();
        assertEquals(refused, new RejectedRecord(SUBMISSION, refused).finding());

        Finding duplicate = Finding.error(ErrorCode.DUPLICATE_THROUGHPUT, SubmissionPart.THROUGHPUT, 3, "data_year",
                2024, 2).withRawLine("2024,100");
        RejectedRecord kept = new RejectedRecord(SUBMISSION, duplicate);
        assertEquals(duplicate, kept.finding());
        assertEquals(SUBMISSION, kept.getSubmissionId());

        Finding packageRefusal = new Finding(Severity.ERROR, ErrorCode.HEADER_MISMATCH, "manifest.csv", 1,
                "(package)", "header must be exactly ...");
        assertEquals(packageRefusal, new RejectedRecord(SUBMISSION, packageRefusal).finding());
    }

    @Test
    void aKeptRowCutsTextsToTheirColumns() {
        String longText = "x".repeat(5000);
        Finding finding = new Finding(Severity.ERROR, ErrorCode.TEXT_TOO_LONG, "milestones.csv", 2, "title",
                longText, longText, longText);
        Finding kept = new RejectedRecord(SUBMISSION, finding).finding();
        assertEquals(1000, kept.message().length());
        assertEquals(1000, kept.value().length());
        assertEquals(4000, kept.rawLine().length());
        Finding warning = new Finding(Severity.WARNING, ErrorCode.YEAR_OVER_YEAR_CHANGE, "emissions.csv", 2,
                "value", longText);
        assertEquals(1000, new ValidationFinding(SUBMISSION, warning).finding().message().length());
    }

    @Test
    void aValidationFindingGivesBackItsWarningOrKeptError() {
        Finding warning = Finding.warning(ErrorCode.YEAR_OVER_YEAR_CHANGE, SubmissionPart.EMISSIONS, 4, "value",
                "OGV", "NOx", "100", 2023, "160", 2024, "+60%", "50%");
        assertEquals(warning, new ValidationFinding(SUBMISSION, warning).finding());
        Finding keptError = Finding.error(ErrorCode.BASELINE_FIGURE_MISSING, SubmissionPart.EMISSIONS, 2,
                "category,pollutant", "OGV", "NOx");
        assertEquals(keptError, new ValidationFinding(SUBMISSION, keptError).finding());
    }

    @Test
    void theValidationReportShowsEveryPartOfTheFinding() {
        Finding finding = new Finding(Severity.ERROR, ErrorCode.VALUE_NEGATIVE, "emissions.csv", 7, "value", "-3",
                "Value -3 is negative", "2024,OGV,,NOx,-3,short_tons");
        assertEquals(new FindingView("ERROR", "PV-1204", "emissions.csv", 7, "value", "-3", "Value -3 is negative",
                "2024,OGV,,NOx,-3,short_tons"), FindingView.of(finding));
        Finding warning = new Finding(Severity.WARNING, ErrorCode.BASELINE_RESTATED, "emissions.csv", 2, "value",
                "restated");
        assertEquals(new FindingView("WARNING", ErrorCode.BASELINE_RESTATED.code(), "emissions.csv", 2, "value",
                null, "restated", null), FindingView.of(warning));
    }
}
