package org.portverify.reports;

/**
 * What the cover and every footer say the report is: a draft for staff review, or the final edition put before the
 * Governing Board. Chosen per run (job parameter {@code reportStatus}), so a re-render of a run says the same.
 */
public enum ReportStatus {
    /** Staff review copy: the default. */
    DRAFT,
    /** The edition put before the Governing Board. */
    FINAL;

    /** The job parameter value ({@code draft} or {@code final}), case-insensitive; blank means {@link #DRAFT}. */
    public static ReportStatus fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return DRAFT;
        }
        for (ReportStatus status : values()) {
            if (status.name().equalsIgnoreCase(value.trim())) {
                return status;
            }
        }
        throw new IllegalArgumentException("reportStatus must be 'draft' or 'final', not '" + value + "'");
    }
}
