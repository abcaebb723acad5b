package org.portverify.application.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.portverify.domain.model.Port;
import org.portverify.domain.verification.CheckedClaim;
import org.portverify.domain.verification.Claim;
import org.portverify.domain.verification.ClaimComparison;
import org.portverify.domain.verification.Materiality;
import org.portverify.domain.verification.OpinionReason;
import org.portverify.domain.verification.VerificationOpinion;
import org.portverify.reports.ExecutiveSummary;
import org.portverify.reports.ClaimRow;
import org.portverify.reports.OpinionRow;
import org.portverify.reports.VerificationSection;

/** The verification opinion: a sentence for the cover and the summary, and the table of each port's reasons. */
final class VerificationAssembler {

    static final String NO_FINDING = "No finding: the package came on time, complete and consistent.";

    private VerificationAssembler() {
    }

    static VerificationSection verification(Map<Port, VerificationOpinion> opinions, List<CheckedClaim> claims,
                                            Materiality materiality) {
        if (opinions.isEmpty()) {
            return VerificationSection.none();
        }
        List<OpinionRow> rows = new ArrayList<>();
        for (Port port : Port.values()) {
            VerificationOpinion opinion = opinions.get(port);
            if (opinion == null) {
                continue;
            }
            String verdict = opinion.opinion().displayName();
            if (opinion.reasons().isEmpty()) {
                rows.add(new OpinionRow(port.displayName(), verdict, NO_FINDING));
            }
            opinion.reasons().forEach(r -> rows.add(new OpinionRow(port.displayName(), verdict, reason(r))));
        }
        String summary = Arrays.stream(Port.values())
                .filter(opinions::containsKey)
                .map(p -> p.displayName() + ": " + opinions.get(p).opinion().displayName())
                .collect(Collectors.joining("; ", "", "."));
        if (claims.isEmpty()) {
            return new VerificationSection(summary, rows);
        }
        String note = "Each claim a port states in its package (claims.csv) is recomputed from the accepted figures and"
                + " compared at a materiality of " + materiality.percentagePoints().toPlainString()
                + (materiality.percentagePoints().compareTo(BigDecimal.ONE) == 0 ? " percentage point"
                : " percentage points")
                + " for changes and " + materiality.relativeTons().movePointRight(2).toPlainString()
                + " % of the recomputed tons: confirmed when the recomputed figure rounds to the claim, within"
                + " rounding when it is within the materiality, misstated beyond it.";
        return new VerificationSection(summary, rows, note, claims.stream().map(VerificationAssembler::claim)
                .toList());
    }

    /** "POLA DPM 2025 change vs 2005 (claims.csv line 2)", "-90 %", "-93.6 %", "Misstated". */
    static ClaimRow claim(CheckedClaim checked) {
        Claim claim = checked.claim();
        ClaimComparison comparison = checked.comparison();
        String outcome = capitalized(comparison.outcome().displayName())
                + (comparison.reasonCode() == null ? "" : " (" + comparison.reasonCode() + ")");
        return new ClaimRow(checked.getPort().displayName(), checked.described(),
                comparison.claimedShown(claim.measure()), comparison.recomputedShown(claim.measure()), outcome);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "Critical inconsistency, PV-1220: emissions.csv line 12: ...". */
    static String reason(OpinionReason reason) {
        return reason.kind().displayName() + (reason.code() == null ? "" : ", " + reason.code()) + ": "
                + reason.text();
    }

    /** The summary with the opinion said right after any missing port (which comes first). */
    static ExecutiveSummary withOpinion(ExecutiveSummary summary, VerificationSection verification) {
        if (verification.summary().isEmpty() || summary.summary().isEmpty()) {
            return summary;
        }
        List<String> paragraphs = new ArrayList<>(summary.summary());
        int at = 0;
        while (at < paragraphs.size() && paragraphs.get(at).startsWith("PV-4101")) {
            at++;
        }
        boolean reasons = verification.opinions().stream().anyMatch(r -> !r.reason().equals(NO_FINDING));
        paragraphs.add(at, "Verification opinion: " + verification.summary() + (reasons
                ? " The reasons are in the section Verification opinion." : " No package gave a finding."));
        return new ExecutiveSummary(paragraphs, summary.keyFigures());
    }
}
