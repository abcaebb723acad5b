package org.portverify.domain.verification;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import org.portverify.domain.submission.ClaimMeasure;

/**
 * One reason behind a year's opinion, worded for the reader of the report: what was found and where, e.g.
 * "PM2.5 exceeds PM10 for OGV in 2024 (emissions.csv line 12)".
 *
 * @param kind what the reason is, and so the opinion it leads to
 * @param code the PV- code behind it, e.g. {@code PV-3001}; null when none applies (a misstated claim)
 * @param text what was found, for the report
 */
public record OpinionReason(ReasonKind kind, String code, String text) {

    /**
     * Worst first (by the opinion the kind leads to, then the kind's declared order), then code (reasons without
     * one last), then text: a report lists the same reasons in the same order whatever order they were found in.
     */
    public static final Comparator<OpinionReason> ORDER = Comparator
            .comparing((OpinionReason r) -> r.kind().leadsTo(), Comparator.reverseOrder())
            .thenComparing(OpinionReason::kind)
            .thenComparing(OpinionReason::code, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OpinionReason::text);

    public OpinionReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The reason a compared claim gives, if any: a misstated claim is {@link ReasonKind#CLAIM_MISSTATED}, one the
     * engine cannot recompute is {@link ReasonKind#CLAIM_NOT_RECOMPUTABLE} with its code. A claim confirmed or
     * within rounding gives none: a difference within the materiality is not a finding.
     *
     * <p>The text starts with {@code claimText} (what the claim is about, e.g. "POLA 2024 DPM change vs 2005") and
     * shows the claim as written, the recomputed figure and the difference to one decimal for percentages, to three
     * decimals (trailing zeros dropped) for tons: "...: claimed -90 %, recomputed -93.6 % (3.6 pp apart, materiality
     * 1 pp)".
     */
    public static Optional<OpinionReason> reasonFor(String claimText, ClaimMeasure measure,
                                                    ClaimComparison comparison, Materiality materiality) {
        Objects.requireNonNull(claimText, "claimText");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(materiality, "materiality");
        String claimed = comparison.claimed().toPlainString();
        return switch (comparison.outcome()) {
            case CONFIRMED, WITHIN_ROUNDING -> Optional.empty();
            case NOT_RECOMPUTABLE -> Optional.of(new OpinionReason(ReasonKind.CLAIM_NOT_RECOMPUTABLE,
                    comparison.reasonCode(), claimText + ": claimed " + claimed + " " + ClaimComparison.unit(measure)
                    + ", which the engine cannot recompute"));
            case MISSTATED -> Optional.of(new OpinionReason(ReasonKind.CLAIM_MISSTATED, null,
                    claimText + ": " + misstatement(measure, comparison, materiality)));
        };
    }

    private static String misstatement(ClaimMeasure measure, ClaimComparison comparison, Materiality materiality) {
        String claimed = comparison.claimed().toPlainString();
        if (measure.percentage()) {
            return "claimed " + claimed + " %, recomputed " + ClaimComparison.oneDecimal(comparison.recomputed())
                    + " % (" + ClaimComparison.oneDecimal(comparison.difference().abs()) + " pp apart, materiality "
                    + materiality.percentagePoints().toPlainString() + " pp)";
        }
        String unit = ClaimComparison.unit(measure);
        BigDecimal relative = comparison.relativeDifference();
        // no share of zero tons
        String share = relative == null ? ""
                : ", " + ClaimComparison.oneDecimal(relative.movePointRight(2)) + " % of the recomputed figure";
        return "claimed " + claimed + " " + unit + ", recomputed " + ClaimComparison.tons(comparison.recomputed())
                + " " + unit + " (" + ClaimComparison.tons(comparison.difference().abs()) + " " + unit + " apart" + share
                + ", materiality " + materiality.relativeTons().movePointRight(2).toPlainString() + " %)";
    }
}
