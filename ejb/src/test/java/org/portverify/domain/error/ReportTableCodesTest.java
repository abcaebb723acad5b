package org.portverify.domain.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.portverify.reports.tables.TableExportException;

/** The reports module cannot see the catalogue, so its table export codes are checked against it here. */
class ReportTableCodesTest {

    @Test
    void tableExportCodesAreTheCataloguesCodes() {
        assertEquals(ErrorCode.TABLE_NOT_EXPORTABLE.code(), TableExportException.NOT_EXPORTABLE);
        assertEquals(ErrorCode.TABLE_EXPORT_FAILED.code(), TableExportException.WRITE_FAILED);
    }
}
