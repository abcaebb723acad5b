package org.portverify.reports;

import java.util.Objects;

/**
 * A record refused at ingest.
 *
 * @param port   the port the file came from
 * @param file   the file name as received
 * @param line   the line number in that file
 * @param field  the offending field
 * @param code   the stable rejection code
 * @param reason the human-readable reason
 */
public record RejectedRecordRow(String port, String file, long line, String field, String code, String reason) {

    public RejectedRecordRow {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
