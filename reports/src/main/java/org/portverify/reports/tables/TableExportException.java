package org.portverify.reports.tables;

/**
 * A table of the report cannot be exported: a programming error (a model component the exports cannot write) or a
 * failure while writing. A technical exception without a code: the application translates it where it catches it
 * (the catalogue is not visible from this module).
 */
public final class TableExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TableExportException(String detail, Throwable cause) {
        super(detail, cause);
    }

    /** A table (List component) of the model whose rows or cells the exports cannot write. */
    static TableExportException notExportable(String detail) {
        return new TableExportException(detail, null);
    }

    /** Writing a table failed. */
    static TableExportException writeFailed(String detail, Throwable cause) {
        return new TableExportException(detail, cause);
    }
}
