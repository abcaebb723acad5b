package org.portverify.domain.report;

import java.time.LocalDate;

/**
 * A stored Board report as a list shows it: whose run, which year and date, and the digests a reader checks the
 * downloaded file against. Carries no PDF bytes, so listing every report never loads a document.
 */
public record BoardReportListing(int reportingYear, long executionId, LocalDate asOfDate, String pdfSha256,
                                 String dataSha256, long sizeBytes) {
}
