package org.portverify.domain.verification;

/**
 * The regulator's opinion on a port's reporting year, declared from best to worst: the worst any reason leads to
 * is the year's opinion ({@link VerificationOpinion#form}).
 */
public enum Opinion {
    /** Every claim confirmed or within rounding, and nothing found in the package. */
    VERIFIED("Verified"),
    /** The year stands, with findings the port should answer in its next edition. */
    VERIFIED_WITH_FINDINGS("Verified with findings"),
    /** The published figures cannot be relied on for this year. */
    NOT_VERIFIED("Not verified");

    private final String displayName;

    Opinion(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The worse of the two opinions. */
    public Opinion worse(Opinion other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
