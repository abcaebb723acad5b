package org.portverify.domain.submission;

import java.io.Serializable;
import java.util.List;

/**
 * One line of a submission file as it was read, before validation: where it came from and its raw text, so that a
 * refused record can be kept exactly as submitted.
 */
public record SourceRecord(long submissionId, SubmissionPart part, long line, List<String> values, String raw)
        implements Serializable {

    public SourceRecord {
        values = List.copyOf(values);
    }

    /** The value of a column of the part's header, trimmed; empty when the record is too short. */
    public String value(String column) {
        int index = part.header().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(part.fileName() + " has no column " + column);
        }
        return index < values.size() ? values.get(index).strip() : "";
    }
}
