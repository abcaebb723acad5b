package org.portverify.infrastructure.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.reports.ReportRenderingException;

class BoardReportPdfTest {

    @Test
    void aRenderingFailureIsPv5001WithItsCause() {
        ReportRenderingException failure = new ReportRenderingException("reporting year 2024: boom");
        RuleViolation violation = BoardReportPdf.failed(failure);
        assertEquals(ErrorCode.REPORT_RENDERING_FAILED, violation.code());
        assertEquals("PV-5001: Board report rendering failed: reporting year 2024: boom", violation.getMessage());
        assertSame(failure, violation.getCause());
    }
}
