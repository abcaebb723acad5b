package org.portverify.domain.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The files of a submission package and the exact header each must start with (see docs/submission-format.md). In
 * an XLSX workbook each part is the sheet named like its file without {@code .csv}.
 *
 * <p>A part may end with optional columns, added to the contract after ports began filing: a header may leave them
 * out (from the last one back), so that a package written before they existed stays valid as it is. A record read
 * under a shorter header answers "" for a column its header lacks ({@link SourceRecord#value}).
 */
public enum SubmissionPart {
    MANIFEST("manifest.csv", Presence.REQUIRED,
            List.of("port", "reporting_year", "edition", "preparer", "contact", "submitted_on", "note"),
            List.of("gwp")),
    EMISSIONS("emissions.csv", List.of("data_year", "category", "sub_category", "pollutant", "value", "unit")),
    THROUGHPUT("throughput.csv", List.of("data_year", "teu")),
    MILESTONES("milestones.csv", List.of("phase", "category", "milestone_id", "kind", "title", "due_date",
            "completed_date", "status", "within_port_control", "flexibility_ref", "evidence_ref")),
    FLEET("fleet.csv", List.of("data_year", "category", "ze_units", "total_units", "chargers", "capacity",
            "capacity_unit")),
    /** Optional: the headline figures the port publishes, which the verification recomputes (issue 15). */
    CLAIMS("claims.csv", Presence.OPTIONAL, List.of("scope", "category", "pollutant", "data_year", "measure", "value"),
            List.of());

    /** Whether a package must carry a part, or may leave it out. */
    private enum Presence { REQUIRED, OPTIONAL }

    private final String fileName;
    private final Presence presence;
    private final List<String> header;
    private final int requiredColumns;

    SubmissionPart(String fileName, List<String> header) {
        this(fileName, Presence.REQUIRED, header, List.of());
    }

    SubmissionPart(String fileName, Presence presence, List<String> required, List<String> optional) {
        this.fileName = fileName;
        this.presence = presence;
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        this.header = List.copyOf(all);
        this.requiredColumns = required.size();
    }

    public String fileName() {
        return fileName;
    }

    /** Every column of the part, the optional trailing ones included: what a record's values are placed by. */
    public List<String> header() {
        return header;
    }

    /**
     * The headers a file of this part may start with, shortest first: the required columns, then each longer one
     * with the next optional column. A part without optional columns has one, {@link #header()}.
     */
    public List<List<String>> acceptedHeaders() {
        List<List<String>> accepted = new ArrayList<>();
        for (int columns = requiredColumns; columns <= header.size(); columns++) {
            accepted.add(header.subList(0, columns));
        }
        return accepted;
    }

    /**
     * The number of columns of the accepted header a file's first line spells (compared as written, commas
     * included, as the contract shows it), or empty when it is none of them.
     */
    public OptionalInt columnsOf(String headerLine) {
        for (List<String> accepted : acceptedHeaders()) {
            if (String.join(",", accepted).equals(headerLine)) {
                return OptionalInt.of(accepted.size());
            }
        }
        return OptionalInt.empty();
    }

    /** The accepted headers as a message names them: {@code 'a,b'}, or {@code 'a,b' or 'a,b,c'}. */
    public String acceptedHeadersText() {
        return acceptedHeaders().stream().map(h -> "'" + String.join(",", h) + "'")
                .collect(Collectors.joining(" or "));
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
        return presence == Presence.OPTIONAL;
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
