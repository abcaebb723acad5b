package org.portverify.domain.submission;

import org.portverify.domain.error.ErrorCode;

/**
 * A record failed validation. An exception because the batch step skips a record on it; what went wrong is its
 * {@link Finding}: the file, line, field and value, the stable code and the reason port staff can act on.
 */
public class RecordRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Finding finding;

    public RecordRejected(SourceRecord record, ErrorCode code, String field, Object... args) {
        this(Finding.refused(record, code, field, args));
    }

    private RecordRejected(Finding finding) {
        super(finding.code().code() + ": " + finding.message() + " (field " + finding.field() + ")");
        this.finding = finding;
    }

    public Finding finding() {
        return finding;
    }
}
