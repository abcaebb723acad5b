package org.portverify.domain.submission;

import java.io.Serializable;
import java.util.List;

/**
 * One line of a submission file as it was read, before validation: where it came from and its raw text, so that a
 * refused record can be kept exactly as submitted.
 *
 * @param columns the columns of the header the file was read under: {@link SubmissionPart#header()}'s size, or fewer
 *                when the header leaves out optional trailing columns ({@link SubmissionPart#acceptedHeaders()}); a
 *                record has exactly that many fields
 */
public record SourceRecord(long submissionId, SubmissionPart part, long line, List<String> values, String raw,
                           int columns) implements Serializable {

    public SourceRecord {
        values = List.copyOf(values);
    }

    /** A record read under the part's full header. */
    public SourceRecord(long submissionId, SubmissionPart part, long line, List<String> values, String raw) {
        this(submissionId, part, line, values, raw, part.header().size());
    }

    /**
     * The value of a column of the part's header, trimmed; empty when the record is too short, and for an optional
     * column the file's header leaves out.
     */
    public String value(String column) {
        int index = part.header().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(part.fileName() + " has no column " + column);
        }
        return index < columns && index < values.size() ? values.get(index).strip() : "";
    }
}
