package org.portverify.domain.metrics.qa;

/** How much a quality flag weighs for the auditor. */
public enum FlagLevel {
    /** Worth knowing, expected to happen (e.g. CO rising as fleets turn over to newer engines). */
    INFO,
    /** To be explained by the port before the figure is relied on. */
    WARNING
}
