package org.portverify.domain.submission;

import java.util.ArrayList;
import java.util.List;

import org.portverify.domain.agreement.Milestone;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.infrastructure.files.RecordCursor;
import org.portverify.infrastructure.files.SubmissionPackage;

/**
 * The checks the server runs on an uploaded package, in the server's order, without a server or a database: what
 * {@code SubmissionIntake.receive} does (the manifest, then every header), what the ingest-submission job does record
 * by record ({@code SubmissionRecordReader}, {@code RecordValidator}, {@code RejectedRecordListener}), and what
 * {@code SubmissionIntake.close} does over the accepted records ({@link PackageRules}). Only orchestration lives
 * here; every rule is the main code's.
 *
 * <p>Findings name the file, line and field the server records: a manifest refusal at {@code manifest.csv} line 2
 * (line 1 for its header), a header refusal at the part's file, line 1, both with field {@code (package)}; a refused
 * record at its own line and the field the rule names.
 */
final class IntakePipeline {

    private static final long SUBMISSION_ID = 1;
    private static final String PACKAGE_FIELD = "(package)";

    private final Port port;
    private final int reportingYear;
    private final PreviousEdition previous;

    IntakePipeline(Port port, int reportingYear, PreviousEdition previous) {
        this.port = port;
        this.reportingYear = reportingYear;
        this.previous = previous;
    }

    /** Every finding about the package, in {@link Finding#ORDER}; a package-level refusal is the only finding. */
    List<Finding> run(SubmissionPackage content) {
        Manifest manifest;
        try {
            manifest = ManifestRules.parse(content.manifestRow(), port, reportingYear);
        } catch (RuleViolation badManifest) {
            long line = badManifest.code() == ErrorCode.HEADER_MISMATCH ? 1 : 2;
            return List.of(packageError(badManifest, SubmissionPart.MANIFEST.fileName(), line));
        }
        for (SubmissionPart part : SubmissionPart.recordParts()) {
            try {
                content.open(part, SUBMISSION_ID, 0).close(); // opening checks the header
            } catch (RuleViolation badHeader) {
                return List.of(packageError(badHeader, part.fileName(), 1));
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<InventoryFigure> emissions = new ArrayList<>();
        List<Throughput> throughput = new ArrayList<>();
        List<Milestone> milestones = new ArrayList<>();
        List<FleetFigure> fleet = new ArrayList<>();
        List<ClaimedFigure> claims = new ArrayList<>();
        for (SubmissionPart part : SubmissionPart.recordParts()) {
            try (RecordCursor cursor = content.open(part, SUBMISSION_ID, 0)) {
                for (SourceRecord record = cursor.next(); record != null; record = cursor.next()) {
                    try {
                        switch (part) {
                            case EMISSIONS -> emissions.add(RecordRules.emission(record, reportingYear));
                            case THROUGHPUT -> throughput.add(RecordRules.throughput(record, reportingYear));
                            case MILESTONES -> milestones.add(RecordRules.milestone(record, reportingYear));
                            case FLEET -> fleet.add(RecordRules.fleet(record, reportingYear));
                            case CLAIMS -> claims.add(RecordRules.claim(record, reportingYear));
                            case MANIFEST -> throw new IllegalStateException("not a record part");
                        }
                    } catch (RecordRejected rejection) {
                        findings.add(rejection.finding());
                    }
                }
            }
        }
        findings.addAll(PackageRules.check(new AcceptedRecords(emissions, throughput, milestones, fleet, claims),
                previous, WarningThresholds.DEFAULT, manifest.note(), manifest.gwp()));
        return findings.stream().sorted(Finding.ORDER).toList();
    }

    private static Finding packageError(RuleViolation violation, String fileName, long line) {
        return new Finding(Severity.ERROR, violation.code(), fileName, line, PACKAGE_FIELD, violation.reason());
    }
}
