package org.portverify.interfaces.batch;

import org.portverify.reports.ReportConformance;
import org.portverify.reports.ReportStatus;

/** How a run renders its Board report: tagged PDF or PDF/A-1a, draft or final (see the job XML). */
public record ReportOptions(ReportConformance conformance, ReportStatus status) {

    public static final ReportOptions DEFAULTS = new ReportOptions(ReportConformance.TAGGED, ReportStatus.DRAFT);

    /** From the job parameters' text; a bad value is refused with PV-4001 before any run starts. */
    public static ReportOptions of(String reportConformance, String reportStatus) {
        return new ReportOptions(RunParameters.reportConformance(reportConformance),
                RunParameters.reportStatus(reportStatus));
    }

    /** The job parameter {@code reportConformance}. */
    String conformanceParameter() {
        return conformance == ReportConformance.PDF_A_1A ? "pdfa" : "tagged";
    }

    /** The job parameter {@code reportStatus}. */
    String statusParameter() {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
