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
 */
public record VerificationSection(String summary, List<OpinionRow> opinions) {

    public VerificationSection {
        Objects.requireNonNull(summary, "summary");
        opinions = List.copyOf(Objects.requireNonNull(opinions, "opinions"));
    }

    /** No opinion formed (a run from before opinions existed, or a model with the original sections only). */
    public static VerificationSection none() {
        return new VerificationSection("", List.of());
    }
}
