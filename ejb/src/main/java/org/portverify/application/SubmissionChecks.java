package org.portverify.application;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.portverify.application.SubmissionView.FindingView;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.ErrorTolerance;
import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.FirstOccurrences;
import org.portverify.domain.submission.Manifest;
import org.portverify.domain.submission.ManifestRules;
import org.portverify.domain.submission.PackageRules;
import org.portverify.domain.submission.RecordRejected;
import org.portverify.domain.submission.RecordRules;
import org.portverify.domain.submission.Severity;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.SubmissionFile;
import org.portverify.domain.submission.SubmissionPart;
import org.portverify.domain.submission.SubmissionStatus;
import org.portverify.domain.submission.WarningThresholds;
import org.portverify.infrastructure.files.PackageStore;
import org.portverify.infrastructure.files.PackageStore.StoredPackage;
import org.portverify.infrastructure.files.RecordCursor;
import org.portverify.infrastructure.files.SubmissionPackage;
import org.portverify.infrastructure.files.SubmissionPackages;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/**
 * A port checks a package before submitting it (a dry run): the rules an upload's ingest applies (manifest and
 * headers, every record, the package rules against the port's previous edition, the year's tolerance) in one
 * streaming pass, and the validation report and status it would get. Nothing is stored: no version, no record, no
 * audit entry; the bytes are held in a scratch file and deleted. The report is the ingest's: the same findings, in
 * the same order, with the same codes and messages.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SubmissionChecks {

    /** Findings returned at most; the counts cover all of them. */
    public static final int MAX_FINDINGS = 1000;

    @Inject
    private PackageStore store;

    @Inject
    private SubmissionRepository submissions;

    @Inject
    private ErrorTolerances tolerances;

    public PackageCheck check(Port port, int reportingYear, InputStream bytes, String fileName) {
        SubmissionFile.checkedName(fileName);
        StoredPackage held = store.holdForCheck(bytes);
        try {
            return check(port, reportingYear, held, fileName);
        } finally {
            store.delete(held.path());
        }
    }

    private PackageCheck check(Port port, int reportingYear, StoredPackage held, String fileName) {
        Report report = new Report(port, reportingYear, fileName, held.sha256(),
                tolerances.skipLimitOf(reportingYear));
        SubmissionPackage content;
        try {
            content = SubmissionPackages.open(held.path());
        } catch (RuleViolation unreadable) {
            return report.rejectedWith(SubmissionIntake.packageError(unreadable, fileName, 0));
        }
        Manifest manifest;
        try {
            manifest = ManifestRules.parse(content.manifestRow(), port, reportingYear);
        } catch (RuleViolation badManifest) {
            return report.rejectedWith(SubmissionIntake.manifestError(badManifest));
        }
        Optional<Finding> badHeader = SubmissionIntake.checkHeaders(content, 0);
        if (badHeader.isPresent()) {
            return report.rejectedWith(badHeader.get());
        }
        FirstOccurrences first = new FirstOccurrences();
        List<Finding> duplicates = new ArrayList<>();
        try {
            if (!readRecords(content, report, first, duplicates)) {
                return report.closed();
            }
        } catch (RuleViolation limit) {
            // A limit of the package hit while reading (PV-103x) fails an ingest and rejects the version with it.
            return report.rejectedWith(SubmissionIntake.packageError(limit, fileName, 0));
        }
        report.duplicates(duplicates);
        PackageRules.check(first.records(), submissions.previousEdition(port, reportingYear),
                WarningThresholds.DEFAULT, manifest.note(), manifest.gwp()).forEach(report::add);
        return report.closed();
    }

    /**
     * Every record through the record rules, in package order; an accepted one through the duplicate check. Stops,
     * as the ingest does, once the refused records pass the tolerance (PV-1060); answers false then.
     */
    private static boolean readRecords(SubmissionPackage content, Report report, FirstOccurrences first,
                                       List<Finding> duplicates) {
        for (SubmissionPart part : SubmissionPart.recordParts()) {
            try (RecordCursor cursor = content.open(part, 0, 0)) {
                for (SourceRecord record = cursor.next(); record != null; record = cursor.next()) {
                    report.recordsRead++;
                    String raw = record.raw();
                    try {
                        first.add(RecordRules.validate(record, report.reportingYear))
                                .map(duplicate -> duplicate.withRawLine(raw)).ifPresent(duplicates::add);
                    } catch (RecordRejected rejection) {
                        if (report.refuse(rejection.finding())) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /** The report as it grows; its counts follow the ingest's (IngestClosing.errors). */
    private static final class Report {

        private final Port port;
        private final int reportingYear;
        private final String fileName;
        private final String sha256;
        private final long skipLimit;
        private final List<Finding> findings = new ArrayList<>();
        private long recordsRead;
        private long refused;
        private long errors;
        private long warnings;

        Report(Port port, int reportingYear, String fileName, String sha256, long skipLimit) {
            this.port = port;
            this.reportingYear = reportingYear;
            this.fileName = fileName;
            this.sha256 = sha256;
            this.skipLimit = skipLimit;
        }

        void add(Finding finding) {
            findings.add(finding);
            if (finding.severity() == Severity.ERROR) {
                errors++;
            } else if (finding.severity() == Severity.WARNING) {
                warnings++;
            }
        }

        /** A refused record; true when it passes the tolerance (PV-1060 recorded at its line): reading stops. */
        boolean refuse(Finding finding) {
            add(finding);
            refused++;
            if (!ErrorTolerance.exceededBy(refused, skipLimit)) {
                return false;
            }
            add(ErrorTolerance.stoppedAt(finding, refused, skipLimit, reportingYear));
            return true;
        }

        /** The repeated records, refused as many as the tolerance leaves room for (then PV-1061), as the close does. */
        void duplicates(List<Finding> repeated) {
            long room = ErrorTolerance.roomAfter(refused, skipLimit);
            List<Finding> kept = repeated;
            if (repeated.size() > room) {
                add(ErrorTolerance.packageRulesOver(repeated.get((int) room), repeated.size(), skipLimit,
                        reportingYear, room));
                kept = repeated.subList(0, (int) room);
            }
            kept.forEach(this::add);
            refused += kept.size();
        }

        /** Refused as a whole (unreadable, manifest, header, a limit hit while reading): REJECTED with it. */
        PackageCheck rejectedWith(Finding reason) {
            add(reason);
            return report(SubmissionStatus.REJECTED);
        }

        PackageCheck closed() {
            return report(SubmissionStatus.closedWith(errors, warnings, skipLimit));
        }

        private PackageCheck report(SubmissionStatus wouldBe) {
            List<FindingView> first = findings.stream().sorted(Finding.ORDER).limit(MAX_FINDINGS)
                    .map(FindingView::of).toList();
            return new PackageCheck(port.name(), reportingYear, fileName, sha256, wouldBe.name(), recordsRead,
                    refused, errors, warnings, skipLimit, first, findings.size() > MAX_FINDINGS);
        }
    }
}
