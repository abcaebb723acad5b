package org.portverify.reports;

/**
 * The board report could not be rendered. The message always starts with {@value #CODE}.
 */
public final class ReportRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Stable code that starts every message of this exception. */
    public static final String CODE = "PV-5001";

    /** A conformance (job parameter {@code reportConformance}) that is neither {@code tagged} nor {@code pdfa}. */
    public static final String CONFORMANCE_CODE = "PV-5002";

    public ReportRenderingException(String detail, Throwable cause) {
        super(CODE + " Board report rendering failed: " + detail, cause);
    }

    public ReportRenderingException(String detail) {
        this(detail, null);
    }
}
