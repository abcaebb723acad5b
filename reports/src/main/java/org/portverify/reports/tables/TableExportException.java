package org.portverify.reports.tables;

/**
 * A table of the report cannot be exported: a programming error (a model component the exports cannot write,
 * {@value #NOT_EXPORTABLE}) or a failure while writing ({@value #WRITE_FAILED}). The message starts with the code.
 */
public final class TableExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A table (List component) of the model whose rows or cells the exports cannot write. */
    public static final String NOT_EXPORTABLE = "PV-4202";
    /** Writing a table failed. */
    public static final String WRITE_FAILED = "PV-4203";

    TableExportException(String code, String detail, Throwable cause) {
        super(code + ": " + detail, cause);
    }

    static TableExportException notExportable(String detail) {
        return new TableExportException(NOT_EXPORTABLE, detail, null);
    }

    static TableExportException writeFailed(String detail, Throwable cause) {
        return new TableExportException(WRITE_FAILED, detail, cause);
    }
}
