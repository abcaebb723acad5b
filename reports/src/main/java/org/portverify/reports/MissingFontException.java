package org.portverify.reports;

/**
 * A language's font is not on this system (the Chinese summary's, see {@link ChineseTypeface}): a configuration
 * problem of the server, not a broken template. The application answers it with its own code.
 */
public final class MissingFontException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MissingFontException(String message) {
        super(message);
    }
}
