package org.portverify.interfaces.batch;

/**
 * The optional job parameters of {@code annual-verification} that the CAAP progress is computed with; null or blank:
 * the default (see the job XML).
 */
public record ProgressOptions(String ghgReference1990, String trendWindow, String baselineTolerance) {

    public static final ProgressOptions DEFAULTS = new ProgressOptions(null, null, null);
}
