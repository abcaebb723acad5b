package org.portverify.reports;

/**
 * What the PDF conforms to. Both are tagged (structure tree, reading order, headings) with title and language set.
 */
public enum ReportConformance {
    /** Tagged PDF 1.x: the default. */
    TAGGED,
    /**
     * PDF/A-1a for archiving: every font embedded, the sRGB output intent of the JDK's ICC profile, XMP metadata,
     * no transparency.
     */
    PDF_A_1A;

    /** The job parameter value ({@code tagged} or {@code pdfa}), case-insensitive; blank means {@link #TAGGED}. */
    public static ReportConformance fromParameter(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("tagged")) {
            return TAGGED;
        }
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("pdfa") || v.equals("pdf/a") || v.equals("pdf/a-1a") || v.equals("pdfa-1a")) {
            return PDF_A_1A;
        }
        throw new IllegalArgumentException("reportConformance must be 'tagged' or 'pdfa', not '" + value + "'");
    }
}
