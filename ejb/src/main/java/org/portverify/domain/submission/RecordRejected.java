package org.portverify.domain.submission;

import org.portverify.domain.error.ErrorCode;

/** A record failed validation: the field it failed on, the stable code and the reason port staff can act on. */
public class RecordRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode code;
    private final String field;
    private final String reason;

    public RecordRejected(ErrorCode code, String field, Object... args) {
        super(code.message(args) + " (field " + field + ")");
        this.code = code;
        this.field = field;
        this.reason = code.reason(args);
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
