package org.portverify.application;

import java.util.List;

import org.portverify.application.SubmissionView.FindingView;

/**
 * What a dry run found: the validation report an upload of the same bytes would get now, and the status its version
 * would close with. Nothing of it is stored.
 *
 * @param wouldBe           ACCEPTED, ACCEPTED_WITH_WARNINGS or REJECTED
 * @param recordsRead       the records read (reading stops once refusals pass the tolerance, as an ingest does)
 * @param refused           records refused, by the record rules and as duplicates
 * @param errors            what counts against the tolerance: refused records and package-level errors
 * @param findings          the first {@link SubmissionChecks#MAX_FINDINGS} findings in report order
 * @param findingsTruncated whether there were more
 */
public record PackageCheck(String port, int reportingYear, String fileName, String packageSha256, String wouldBe,
                           long recordsRead, long refused, long errors, long warnings, long skipLimit,
                           List<FindingView> findings, boolean findingsTruncated) {

    public PackageCheck {
        findings = List.copyOf(findings);
    }
}
