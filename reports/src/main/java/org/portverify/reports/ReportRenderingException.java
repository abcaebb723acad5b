package org.portverify.reports;

/**
 * The board report could not be rendered: a template is missing, or the fill or export failed. A technical exception
 * without a code: the application translates it where it catches it (the catalogue is not visible from this module).
 */
public final class ReportRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportRenderingException(String detail, Throwable cause) {
        super(detail, cause);
    }

    public ReportRenderingException(String detail) {
        this(detail, null);
    }
}
