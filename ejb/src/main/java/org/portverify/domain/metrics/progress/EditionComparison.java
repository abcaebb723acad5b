package org.portverify.domain.metrics.progress;

import java.util.Objects;

import org.portverify.domain.metrics.qa.EditionBaseline;
import org.portverify.domain.model.Port;

/**
 * A port's 2005 baseline in the edition a run pinned and in the previous edition (the port's accepted submission of
 * the previous reporting year): what QA_BASELINE_MOVED (PV-3051) compares.
 */
public record EditionComparison(Port port, EditionBaseline previous, EditionBaseline current) {

    public EditionComparison {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
    }
}
