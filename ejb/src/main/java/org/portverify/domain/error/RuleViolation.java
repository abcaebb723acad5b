package org.portverify.domain.error;

/** A domain rule refused an operation; carries its stable {@link ErrorCode}. */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode code;

    public RuleViolation(ErrorCode code, Object... args) {
        super(code.message(args));
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
