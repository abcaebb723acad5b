package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** The headers a part accepts: its required columns, with or without its optional trailing ones. */
class SubmissionPartTest {

    private static final List<String> MANIFEST = List.of("port", "reporting_year", "edition", "preparer", "contact",
            "submitted_on", "note");

    @Test
    void theManifestAcceptsItsSevenColumnsWithOrWithoutGwp() {
        List<String> withGwp = new java.util.ArrayList<>(MANIFEST);
        withGwp.add("gwp");
        assertEquals(withGwp, SubmissionPart.MANIFEST.header());
        assertEquals(List.of(MANIFEST, withGwp), SubmissionPart.MANIFEST.acceptedHeaders());
        assertEquals(OptionalInt.of(7), SubmissionPart.MANIFEST.columnsOf(String.join(",", MANIFEST)));
        assertEquals(OptionalInt.of(8), SubmissionPart.MANIFEST.columnsOf(String.join(",", withGwp)));
        assertEquals(OptionalInt.empty(), SubmissionPart.MANIFEST.columnsOf(String.join(",", MANIFEST) + ",GWP"));
        assertEquals(OptionalInt.empty(), SubmissionPart.MANIFEST.columnsOf("port,reporting_year,edition"));
    }

    @Test
    void aPartWithoutOptionalColumnsAcceptsItsHeaderOnly() {
        assertEquals(List.of(List.of("data_year", "teu")), SubmissionPart.THROUGHPUT.acceptedHeaders());
        assertEquals("'data_year,teu'", SubmissionPart.THROUGHPUT.acceptedHeadersText());
        assertEquals(OptionalInt.empty(), SubmissionPart.THROUGHPUT.columnsOf("data_year"));
    }

    @Test
    void aRecordOfTheShorterHeaderAnswersEmptyForTheColumnItLacks() {
        SourceRecord seven = new SourceRecord(1, SubmissionPart.MANIFEST, 2,
                List.of("POLA", "2025", "2025", "", "", "", "a note"), "POLA,2025,2025,,,,a note", 7);
        assertEquals("a note", seven.value("note"));
        assertEquals("", seven.value("gwp"));
    }
}
