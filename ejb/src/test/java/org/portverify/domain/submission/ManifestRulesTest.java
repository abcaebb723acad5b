package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.GlobalWarmingPotentials;
import org.portverify.domain.model.Port;

class ManifestRulesTest {

    /** port, reporting_year, edition, preparer, contact, submitted_on, note: read under the seven-column header. */
    private static SourceRecord manifest(String... values) {
        return new SourceRecord(0L, SubmissionPart.MANIFEST, 2L, List.of(values), String.join(",", values), 7);
    }

    private static SourceRecord validWith(int index, String value) {
        List<String> values = new ArrayList<>(List.of("POLA", "2025", "2025", "Preparer", "staff@example.org",
                "2026-06-30", "ILLUSTRATIVE"));
        values.set(index, value);
        return manifest(values.toArray(String[]::new));
    }

    private static RuleViolation refused(SourceRecord row) {
        return assertThrows(RuleViolation.class, () -> ManifestRules.parse(row, Port.POLA, 2025));
    }

    @Test
    void acceptsAValidManifest() {
        Manifest manifest = ManifestRules.parse(manifest("POLA", "2025", "2025", "Preparer", "staff@example.org",
                "2026-06-30", "ILLUSTRATIVE"), Port.POLA, 2025);
        assertEquals(new Manifest(Port.POLA, 2025, "2025", "Preparer", "staff@example.org",
                LocalDate.of(2026, 6, 30), "ILLUSTRATIVE", null), manifest);
    }

    @Test
    void submittedOnIsOptional() {
        assertNull(ManifestRules.parse(validWith(5, ""), Port.POLA, 2025).submittedOn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POLB", "pola", ""})
    void wrongPortIsRefused(String port) {
        RuleViolation violation = refused(validWith(0, port));
        assertEquals(ErrorCode.MANIFEST_WRONG_PORT, violation.code());
        assertEquals("PV-1005", violation.code().code());
    }

    @Test
    void wrongPortMessageNamesBoth() {
        assertEquals("PV-1005: manifest.csv names port 'POLB' but the package was filed for POLA",
                refused(validWith(0, "POLB")).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2026", "twenty25", "02025"})
    void wrongYearIsRefused(String year) {
        RuleViolation violation = refused(validWith(1, year));
        assertEquals(ErrorCode.MANIFEST_WRONG_YEAR, violation.code());
        assertEquals("PV-1006", violation.code().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyEditionIsRefused(String edition) {
        RuleViolation violation = refused(validWith(2, edition));
        assertEquals(ErrorCode.MANIFEST_EDITION_MISSING, violation.code());
        assertEquals("PV-1007: manifest.csv has no inventory edition", violation.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"30/06/2026", "2026-02-30", "2026-6-30", "tomorrow"})
    void badSubmittedOnIsManifestInvalid(String date) {
        RuleViolation violation = refused(validWith(5, date));
        assertEquals(ErrorCode.MANIFEST_INVALID, violation.code());
        assertEquals("PV-1004: manifest.csv must have a header and exactly one data row: submitted_on '" + date
                + "' is not YYYY-MM-DD", violation.getMessage());
    }

    @Test
    void wrongFieldCountIsManifestInvalid() {
        RuleViolation violation = refused(manifest("POLA", "2025", "2025"));
        assertEquals(ErrorCode.MANIFEST_INVALID, violation.code());
        assertEquals("PV-1004: manifest.csv must have a header and exactly one data row: line 2 has 3 fields,"
                + " expected 7 as in its header", violation.getMessage());
    }

    // ---------------------------------------------------------------- gwp, the optional eighth column

    /** The eight fields of a manifest whose header carries gwp. */
    private static SourceRecord withGwp(String gwp) {
        return new SourceRecord(0L, SubmissionPart.MANIFEST, 2L, List.of("POLA", "2025", "2025", "Preparer",
                "staff@example.org", "2026-06-30", "", gwp), "POLA,2025,2025,Preparer,staff@example.org,2026-06-30,,"
                + gwp, 8);
    }

    /** The seven fields of a manifest written before gwp existed, read under the seven-column header. */
    private static SourceRecord withoutGwpColumn(String... values) {
        return new SourceRecord(0L, SubmissionPart.MANIFEST, 2L, List.of(values), String.join(",", values), 7);
    }

    @Test
    void aManifestWithoutTheGwpColumnStatesNone() {
        Manifest manifest = ManifestRules.parse(withoutGwpColumn("POLA", "2025", "2025", "Preparer",
                "staff@example.org", "2026-06-30", ""), Port.POLA, 2025);
        assertNull(manifest.gwp());
        assertEquals("2025", manifest.edition());
    }

    @Test
    void aManifestStatesAr4OrAr5OrNothing() {
        assertEquals(GlobalWarmingPotentials.AR4, ManifestRules.parse(withGwp("AR4"), Port.POLA, 2025).gwp());
        assertEquals(GlobalWarmingPotentials.AR5, ManifestRules.parse(withGwp("AR5"), Port.POLA, 2025).gwp());
        assertNull(ManifestRules.parse(withGwp(""), Port.POLA, 2025).gwp());
        assertNull(ManifestRules.parse(withGwp("  "), Port.POLA, 2025).gwp());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AR6", "ar5", "SAR", "100-year"})
    void anyOtherGwpRefusesTheManifestNamingTheAllowedSets(String gwp) {
        RuleViolation violation = refused(withGwp(gwp));
        assertEquals(ErrorCode.MANIFEST_GWP_UNKNOWN, violation.code());
        assertEquals("PV-1009: manifest.csv states gwp '" + gwp + "', which is not a set of global warming potentials"
                + " the checks know: write AR4 (IPCC Fourth Assessment Report, 100-year: CH4 25, N2O 298) or AR5"
                + " (IPCC Fifth Assessment Report, 100-year: CH4 28, N2O 265), spelt exactly, whichever the CO2e"
                + " figures were computed with, or leave gwp empty", violation.getMessage());
    }

    @Test
    void aRecordOfTheSevenColumnHeaderWithAnEighthFieldIsRefused() {
        // the eighth field is not read as gwp: the header the file gave has seven columns
        SourceRecord row = withoutGwpColumn("POLA", "2025", "2025", "Preparer", "staff@example.org", "2026-06-30",
                "", "AR5");
        assertEquals("", row.value("gwp"));
        RuleViolation violation = refused(row);
        assertEquals(ErrorCode.MANIFEST_INVALID, violation.code());
        assertEquals("PV-1004: manifest.csv must have a header and exactly one data row: line 2 has 8 fields,"
                + " expected 7 as in its header", violation.getMessage());
    }

    @Test
    void aRecordOfTheEightColumnHeaderWithSevenFieldsIsRefused() {
        List<String> seven = List.of("POLA", "2025", "2025", "Preparer", "staff@example.org", "2026-06-30", "");
        RuleViolation violation = refused(new SourceRecord(0L, SubmissionPart.MANIFEST, 2L, seven,
                String.join(",", seven), 8));
        assertEquals("PV-1004: manifest.csv must have a header and exactly one data row: line 2 has 7 fields,"
                + " expected 8 as in its header", violation.getMessage());
    }
}
