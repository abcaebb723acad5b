package org.portverify.domain.submission;

import java.util.List;

/**
 * The files of a submission package and the exact header each must start with (see docs/submission-format.md). In
 * an XLSX workbook each part is the sheet named like its file without {@code .csv}.
 */
public enum SubmissionPart {
    MANIFEST("manifest.csv", List.of("port", "reporting_year", "edition", "preparer", "contact", "submitted_on", "note")),
    EMISSIONS("emissions.csv", List.of("data_year", "category", "sub_category", "pollutant", "value", "unit")),
    THROUGHPUT("throughput.csv", List.of("data_year", "teu")),
    MILESTONES("milestones.csv", List.of("phase", "category", "milestone_id", "kind", "title", "due_date",
            "completed_date", "status", "within_port_control", "flexibility_ref", "evidence_ref")),
    FLEET("fleet.csv", List.of("data_year", "category", "ze_units", "total_units", "chargers", "capacity",
            "capacity_unit")),
    /** Optional: the headline figures the port publishes, which the verification recomputes (issue 15). */
    CLAIMS("claims.csv", List.of("scope", "category", "pollutant", "data_year", "measure", "value"));

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

    /** The sheet of an XLSX workbook that carries this part: the file name without {@code .csv}. */
    public String sheetName() {
        return fileName.substring(0, fileName.length() - ".csv".length());
    }

    /**
     * Whether a package may leave the part out: a package without it reads as one whose part has a header and no
     * record. A port that publishes no headline figure has no claims to file.
     */
    public boolean optional() {
        return this == CLAIMS;
    }

    /** The part carried in a file of that name (manifest.csv, emissions.csv, ...). */
    public static SubmissionPart ofFile(String fileName) {
        for (SubmissionPart part : values()) {
            if (part.fileName.equals(fileName)) {
                return part;
            }
        }
        throw new IllegalArgumentException("No part is carried in " + fileName);
    }

    /** The parts whose records are ingested one by one, in ingest order; an optional part comes last. */
    public static List<SubmissionPart> recordParts() {
        return List.of(EMISSIONS, THROUGHPUT, MILESTONES, FLEET, CLAIMS);
    }
}
