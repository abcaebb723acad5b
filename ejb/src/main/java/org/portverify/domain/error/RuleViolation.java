package org.portverify.domain.error;

/** A domain rule refused an operation; carries its stable {@link ErrorCode}. */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Kept when serialized (an enum, by name): the batch runtime hands a step's exception on as a copy. */
    private final ErrorCode code;
    private final String reason;

    public RuleViolation(ErrorCode code, Object... args) {
        super(code.message(args));
        this.code = code;
        this.reason = code.reason(args);
    }

    /** The message without its code, for places that show the code in a column of its own. */
    public String reason() {
        return reason;
    }

    public ErrorCode code() {
        return code;
    }

    /** This refusal with the technical failure behind it, for the log; the answer shows only the message. */
    public RuleViolation causedBy(Throwable cause) {
        initCause(cause);
        return this;
    }
}
