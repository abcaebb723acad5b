package org.portverify.reports;

import java.util.List;
import java.util.Objects;

/**
 * The verification opinion (issue 15): per port, the opinion and its reasons; the cover and the executive summary
 * print {@code summary}.
 *
 * @param summary  one sentence naming each port's opinion, e.g. "Port of Los Angeles: Verified; Port of Long Beach:
 *                 Not verified.", or "" for a run from before opinions were formed
 * @param opinions the table, port by port, worst reason first
 * @param claimsNote what the claims table compares at, e.g. "... at a materiality of 1 percentage point for changes
 *                   and 5 % for tons."; "" without claims
 * @param claims   the ports' claims as the run compared them, port by port in file order; none when no package
 *                 states any
 */
public record VerificationSection(String summary, List<OpinionRow> opinions, String claimsNote,
                                  List<ClaimRow> claims) {

    public VerificationSection {
        Objects.requireNonNull(summary, "summary");
        opinions = List.copyOf(Objects.requireNonNull(opinions, "opinions"));
        Objects.requireNonNull(claimsNote, "claimsNote");
        claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
    }

    /** Opinions of packages that state no claims. */
    public VerificationSection(String summary, List<OpinionRow> opinions) {
        this(summary, opinions, "", List.of());
    }

    /** No opinion formed (a run from before opinions existed, or a model with the original sections only). */
    public static VerificationSection none() {
        return new VerificationSection("", List.of());
    }
}
