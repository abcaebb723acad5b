package org.portverify.infrastructure.reports;

import jakarta.enterprise.context.ApplicationScoped;

import org.portverify.reports.Receipt;
import org.portverify.reports.ReceiptRenderer;
import org.portverify.reports.ReportRenderingException;

/** The Jasper renderer of copies of record, one shared instance. */
@ApplicationScoped
public class ReceiptPdf {

    private final ReceiptRenderer renderer = new ReceiptRenderer();

    /** The PDF; a rendering failure is PV-5001. */
    public byte[] render(Receipt receipt) {
        try {
            return renderer.renderPdf(receipt);
        } catch (ReportRenderingException e) {
            throw BoardReportPdf.failed(e);
        }
    }
}
