package org.portverify.reports;

import java.util.List;
import java.util.Objects;

/**
 * The executive summary.
 *
 * @param summary    its paragraphs, in reading order
 * @param keyFigures its key figures (at most eight fit its page)
 */
public record ExecutiveSummary(List<String> summary, List<KeyFigure> keyFigures) {

    public ExecutiveSummary {
        summary = List.copyOf(Objects.requireNonNull(summary, "summary"));
        keyFigures = List.copyOf(Objects.requireNonNull(keyFigures, "keyFigures"));
    }

    /** No summary (the report's original sections only). */
    public static ExecutiveSummary none() {
        return new ExecutiveSummary(List.of(), List.of());
    }
}
