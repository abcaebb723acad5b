package org.portverify.domain.submission;

import java.util.List;

/** The files of a submission package and the exact header each must start with (see docs/submission-format.md). */
public enum SubmissionPart {
    MANIFEST("manifest.csv", List.of("port", "reporting_year", "edition", "preparer", "contact", "submitted_on", "note")),
    EMISSIONS("emissions.csv", List.of("data_year", "category", "pollutant", "value", "unit")),
    THROUGHPUT("throughput.csv", List.of("data_year", "teu"));

    private final String fileName;
    private final List<String> header;

    SubmissionPart(String fileName, List<String> header) {
        this.fileName = fileName;
        this.header = header;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> header() {
        return header;
    }

    /** The parts whose records are ingested one by one, in ingest order. */
    public static List<SubmissionPart> recordParts() {
        return List.of(EMISSIONS, THROUGHPUT);
    }
}
