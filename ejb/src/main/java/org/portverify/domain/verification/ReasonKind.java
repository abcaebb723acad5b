package org.portverify.domain.verification;

/**
 * Why a year's opinion is not simply {@link Opinion#VERIFIED}. Each kind leads to an opinion at best: a year with
 * one of them cannot be better. Declared worst first, the order a report lists them in.
 */
public enum ReasonKind {
    /** No accepted submission for the year: nothing to verify the claims against. */
    MISSING_SUBMISSION(Opinion.NOT_VERIFIED, "Missing submission"),
    /** An error-severity consistency finding stands in the accepted package. */
    CRITICAL_INCONSISTENCY(Opinion.NOT_VERIFIED, "Critical inconsistency"),
    /** A published claim is beyond the materiality of the recomputed figure. */
    CLAIM_MISSTATED(Opinion.NOT_VERIFIED, "Claim misstated"),
    /** The accepted submission came after the year's deadline. */
    LATE_SUBMISSION(Opinion.VERIFIED_WITH_FINDINGS, "Late submission"),
    /** The inventory lacks source categories or pollutants the year should report. */
    PARTIAL_INVENTORY(Opinion.VERIFIED_WITH_FINDINGS, "Partial inventory"),
    /** A warning-severity consistency finding stands in the accepted package: a question, not an error. */
    INCONSISTENCY_WARNING(Opinion.VERIFIED_WITH_FINDINGS, "Inconsistency warning"),
    /** The engine cannot recompute a published claim, so the regulator cannot confirm it. */
    CLAIM_NOT_RECOMPUTABLE(Opinion.VERIFIED_WITH_FINDINGS, "Claim not recomputable");

    private final Opinion leadsTo;
    private final String displayName;

    ReasonKind(Opinion leadsTo, String displayName) {
        this.leadsTo = leadsTo;
        this.displayName = displayName;
    }

    /** The best opinion a year with this reason can get. */
    public Opinion leadsTo() {
        return leadsTo;
    }

    public String displayName() {
        return displayName;
    }
}
