package org.portverify.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which report this is: the cover, the provenance section and the PDF's metadata print it.
 *
 * @param reportingYear   the data year the headline table is about, e.g. 2024
 * @param asOfDate        the date the figures are stated as of; also the PDF creation date
 * @param status          the report status, e.g. {@code "DRAFT"}
 * @param executionId     the batch execution that produced the figures
 * @param softwareVersion the PortVerify version that produced the figures
 * @param dataDigest      SHA-256 (hex) of the figures
 * @param conformance     tagged PDF, or PDF/A-1a for archiving
 * @param auditHead       the audit trail's head when the report was rendered ({@code entry 62, SHA-256 ...}); null for
 *                        a run from before the audit trail, whose report then prints none and re-renders as before
 */
public record ReportIdentity(int reportingYear, LocalDate asOfDate, String status, long executionId,
                             String softwareVersion, String dataDigest, ReportConformance conformance,
                             String auditHead) {

    public ReportIdentity {
        Objects.requireNonNull(asOfDate, "asOfDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(dataDigest, "dataDigest");
        Objects.requireNonNull(conformance, "conformance");
    }

    /** The same report archived as PDF/A or not. */
    public ReportIdentity withConformance(ReportConformance other) {
        return new ReportIdentity(reportingYear, asOfDate, status, executionId, softwareVersion, dataDigest, other,
                auditHead);
    }
}
