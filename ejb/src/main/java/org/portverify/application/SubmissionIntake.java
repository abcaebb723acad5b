package org.portverify.application;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.AcceptedRecords;
import org.portverify.domain.submission.ErrorTolerance;
import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.Manifest;
import org.portverify.domain.submission.ManifestRules;
import org.portverify.domain.submission.PackageFormat;
import org.portverify.domain.submission.PackageRules;
import org.portverify.domain.submission.PreviousEdition;
import org.portverify.domain.submission.RecordRejected;
import org.portverify.domain.submission.RejectedRecord;
import org.portverify.domain.submission.Severity;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionFile;
import org.portverify.domain.submission.SubmissionPart;
import org.portverify.domain.submission.SubmissionStatus;
import org.portverify.domain.submission.ValidationFinding;
import org.portverify.domain.submission.WarningThresholds;
import org.portverify.infrastructure.files.PackageStore.StoredPackage;
import org.portverify.infrastructure.files.RecordCursor;
import org.portverify.infrastructure.files.SubmissionFolder;
import org.portverify.infrastructure.files.SubmissionPackage;
import org.portverify.infrastructure.files.SubmissionPackages;
import org.portverify.infrastructure.persistence.IngestClaims;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/**
 * Receives the ports' packages: registers a version per distinct package (from the folder intake or an upload),
 * stores accepted records and refused ones, and closes each ingest all or nothing, superseding the previous version.
 */
@Stateless
public class SubmissionIntake {

    private static final Logger LOG = Logger.getLogger(SubmissionIntake.class.getName());

    @Inject
    private SubmissionRepository submissions;

    @Inject
    private IngestClaims claims;

    /** The folder intake: {@code <root>/<reportingYear>/<PORT>/} as a new version when its files changed. */
    public RegistrationOutcome register(Path root, int reportingYear, Port port) {
        SubmissionFolder folder = SubmissionFolder.of(root, reportingYear, port);
        if (!folder.exists()) {
            return new RegistrationOutcome(port, RegistrationOutcome.Kind.MISSING, null,
                    "No package from " + port + " for " + reportingYear + " at " + folder.path());
        }
        try {
            List<SubmissionFile> files = folder.files();
            return receive(port, reportingYear, folder, SubmissionFolder.packageDigest(files), files,
                    PackageFormat.FOLDER, null);
        } catch (RuleViolation violation) {
            LOG.warning(violation.getMessage());
            return new RegistrationOutcome(port, RegistrationOutcome.Kind.REFUSED, null, violation.getMessage());
        }
    }

    /**
     * An upload: the stored bytes of one ZIP or XLSX package. A package that cannot be read, or whose manifest or
     * headers break the contract, is kept as a REJECTED version with its reason; it never counts.
     */
    public RegistrationOutcome upload(Port port, int reportingYear, StoredPackage stored, String fileName,
                                      String uploadedBy) {
        List<SubmissionFile> files = List.of(new SubmissionFile(fileName, stored.sha256(), stored.sizeBytes()));
        Optional<Submission> latest = submissions.latest(port, reportingYear);
        if (isSameAsLatest(latest, stored.sha256())) {
            return sameAsLatest(latest.get());
        }
        SubmissionPackage content;
        try {
            content = SubmissionPackages.open(stored.path());
        } catch (RuleViolation unreadable) {
            Submission refused = Submission.refused(port, reportingYear, nextVersion(latest), stored.sha256(), files,
                    stored.path().toString(), Instant.now());
            submissions.add(refused);
            refused.arrivedAs(PackageFormat.ZIP, uploadedBy);
            submissions.add(new RejectedRecord(refused.getId(), packageError(unreadable, fileName, 0)));
            return new RegistrationOutcome(port, RegistrationOutcome.Kind.REFUSED, refused.getId(),
                    unreadable.getMessage());
        }
        return receive(port, reportingYear, content, stored.sha256(), files, SubmissionPackages.formatOf(content),
                uploadedBy);
    }

    private RegistrationOutcome receive(Port port, int reportingYear, SubmissionPackage content, String packageSha256,
                                        List<SubmissionFile> files, PackageFormat format, String uploadedBy) {
        Optional<Submission> latest = submissions.latest(port, reportingYear);
        if (isSameAsLatest(latest, packageSha256)) {
            return sameAsLatest(latest.get());
        }
        String location = content.path().toAbsolutePath().toString();
        Submission submission;
        try {
            Manifest manifest = ManifestRules.parse(content.manifestRow(), port, reportingYear);
            submission = new Submission(manifest, nextVersion(latest), packageSha256, files, location, Instant.now());
        } catch (RuleViolation badManifest) {
            Submission refused = Submission.refused(port, reportingYear, nextVersion(latest), packageSha256, files,
                    location, Instant.now());
            submissions.add(refused);
            refused.arrivedAs(format, uploadedBy);
            long line = badManifest.code() == ErrorCode.HEADER_MISMATCH ? 1 : 2;
            submissions.add(new RejectedRecord(refused.getId(), packageError(badManifest,
                    SubmissionPart.MANIFEST.fileName(), line)));
            return new RegistrationOutcome(port, RegistrationOutcome.Kind.REFUSED, refused.getId(),
                    badManifest.getMessage());
        }
        if (uploadedBy != null) {
            // The upload launches its ingest next: claimed from the start, so the annual run leaves it alone.
            submission.launching(Instant.now());
        }
        submissions.add(submission);
        submission.arrivedAs(format, uploadedBy);
        latest.filter(s -> s.getStatus() == SubmissionStatus.RECEIVED).ifPresent(s -> s.supersedeBy(submission));
        Optional<Finding> badHeader = checkHeaders(content, submission.getId());
        if (badHeader.isPresent()) {
            submission.close(1, 0, 0);
            submissions.add(new RejectedRecord(submission.getId(), badHeader.get()));
            return new RegistrationOutcome(port, RegistrationOutcome.Kind.REFUSED, submission.getId(),
                    badHeader.get().code().code() + ": " + badHeader.get().message());
        }
        return new RegistrationOutcome(port, RegistrationOutcome.Kind.NEW_VERSION, submission.getId(),
                "Version " + submission.getVersion() + " registered, sha256 " + packageSha256);
    }

    private static int nextVersion(Optional<Submission> latest) {
        return latest.map(s -> s.getVersion() + 1).orElse(1);
    }

    private static Finding packageError(RuleViolation violation, String fileName, long line) {
        return new Finding(Severity.ERROR, violation.code(), fileName, line, "(package)", violation.reason());
    }

    /**
     * The same bytes again are the same version, unless a server failure rejected it (before V12 a server failure
     * rejected the version; now it interrupts it, and the same bytes continue it): the port could not correct that,
     * so they are ingested afresh as a new version.
     */
    private boolean isSameAsLatest(Optional<Submission> latest, String packageSha256) {
        return latest.isPresent() && latest.get().getPackageSha256().equals(packageSha256)
                && !(latest.get().getStatus() == SubmissionStatus.REJECTED
                && submissions.rejectedOnServerFailure(latest.get().getId()));
    }

    /**
     * The same bytes as a RECEIVED version: its ingest is continued, never started over, and what it stored is kept
     * ({@link SubmissionIngests#resume} decides, against the claim in the database, whether it is in progress).
     */
    private RegistrationOutcome sameAsLatest(Submission latest) {
        if (latest.getStatus() == SubmissionStatus.RECEIVED) {
            return new RegistrationOutcome(latest.getPort(), RegistrationOutcome.Kind.RESUMED, latest.getId(),
                    "Version " + latest.getVersion() + " has an unfinished ingest: continuing it");
        }
        return new RegistrationOutcome(latest.getPort(), RegistrationOutcome.Kind.UNCHANGED, latest.getId(),
                "Version " + latest.getVersion() + " has the same digest (" + latest.getStatus() + ")");
    }

    /** A record part whose header breaks the contract refuses the whole version before any record is read. */
    private static Optional<Finding> checkHeaders(SubmissionPackage content, long submissionId) {
        for (SubmissionPart part : SubmissionPart.recordParts()) {
            try (RecordCursor ignored = content.open(part, submissionId, 0)) {
                // opening checks the header
            } catch (RuleViolation violation) {
                LOG.warning(violation.getMessage());
                return Optional.of(packageError(violation, part.fileName(), 1));
            }
        }
        return Optional.empty();
    }

    /**
     * Assigns to the annual run {@code executionId} the ingest of every version of the year awaiting it that nobody
     * holds (those it just registered, and any an interrupted ingest left), judged with {@code skipLimit} errors
     * tolerated unless a version recorded its own. A version whose ingest is claimed (an upload launching or running
     * it) stays with its holder. In the registration's transaction, so that the versions it registered are taken.
     */
    public void ingestBy(long executionId, int reportingYear, long skipLimit) {
        claims.takeForRun(executionId, reportingYear, skipLimit);
    }

    /** A restarted annual run takes over the ingests its previous execution left INTERRUPTED, and only those. */
    public void ingestTakenOver(long previousExecutionId, long executionId) {
        claims.takeOver(previousExecutionId, executionId);
    }

    /** {@code PORT vN} of each version {@code executionId} still ingests. */
    public List<String> ingestsOf(long executionId) {
        return submissions.ingestedBy(executionId).stream().map(s -> s.getPort() + " v" + s.getVersion()).toList();
    }

    /** Records the error tolerance an upload is judged with, before its ingest starts. */
    public void judgeWith(long submissionId, long skipLimit) {
        submissions.find(submissionId).judgeWith(skipLimit);
    }

    /** The versions {@code executionId} ingests, in the order it reads them; empty once they are closed. */
    public List<PendingSubmission> pendingOf(long executionId) {
        return submissions.ingestedBy(executionId).stream().map(SubmissionIntake::pending).toList();
    }

    /** The reporting year of a version: its records' data years may not come after it. */
    public int reportingYearOf(long submissionId) {
        return submissions.find(submissionId).getReportingYear();
    }

    private static PendingSubmission pending(Submission s) {
        return new PendingSubmission(s.getId(), s.getPort(), s.getReportingYear(), s.getSourceLocation());
    }

    /** Stores the accepted records of one chunk (figures, throughput, milestones, fleet figures). */
    public void store(List<?> records) {
        records.forEach(submissions::add);
    }

    public void recordRejection(SourceRecord record, RecordRejected rejection) {
        submissions.add(new RejectedRecord(record.submissionId(), rejection.finding()));
    }

    /**
     * Whether the ingest of a version must stop reading: its refused records passed the tolerance it is judged with,
     * so it can only be rejected. The first time, records where it stopped (PV-1060, at the line of the refused
     * record that passed the tolerance); asked again (a restarted step), it records nothing more.
     */
    public boolean stopsAtTolerance(long submissionId) {
        Submission submission = submissions.find(submissionId);
        long refused = submissions.countRejected(submissionId);
        if (!ErrorTolerance.exceededBy(refused, submission.getSkipLimit())) {
            return false;
        }
        if (!submissions.hasFinding(submissionId, ErrorCode.INGEST_STOPPED_AT_TOLERANCE)) {
            Finding last = submissions.lastRejected(submissionId).finding();
            Object[] where = {last.line(), last.fileName(), refused, submission.getSkipLimit(),
                    submission.getReportingYear()};
            submissions.add(new ValidationFinding(submissionId, new Finding(Severity.ERROR,
                    ErrorCode.INGEST_STOPPED_AT_TOLERANCE, last.fileName(), last.line(), "(package)",
                    ErrorCode.INGEST_STOPPED_AT_TOLERANCE.reason(where))));
            LOG.warning(() -> ErrorCode.INGEST_STOPPED_AT_TOLERANCE.message(where));
        }
        return true;
    }

    /**
     * Closes every version {@code executionId} ingests, each with its own error tolerance; returns
     * {@code PORT vN=STATUS} for each, in the order they were read.
     */
    public List<String> closeIngestOf(long executionId) {
        List<String> closed = new ArrayList<>();
        for (Submission received : submissions.ingestedBy(executionId)) {
            SubmissionStatus status = close(received.getId(), received.getSkipLimit());
            closed.add(received.getPort() + " v" + received.getVersion() + "=" + status);
        }
        return closed;
    }

    /**
     * An ingest that ended before its close because of the port's package (a limit or rule hit while reading, e.g.
     * PV-1032): every version {@code executionId} still ingests is REJECTED with one finding giving that code, and
     * what earlier chunks stored is withdrawn. A failure of the server's side never comes here: it interrupts the
     * ingest instead ({@link SubmissionIngests#ended}).
     *
     * @return {@code PORT vN=REJECTED} for each version rejected; empty when there was none (e.g. already closed)
     */
    public List<String> ingestFailed(long executionId, RuleViolation violation) {
        List<String> rejected = new ArrayList<>();
        for (Submission submission : submissions.ingestedBy(executionId)) {
            LOG.log(Level.WARNING, "Ingest of submission " + submission.getId() + " failed", violation);
            submissions.withdrawRecords(submission.getId());
            submissions.add(new RejectedRecord(submission.getId(),
                    packageError(violation, receivedAs(submission), 0)));
            submission.reject();
            rejected.add(submission.getPort() + " v" + submission.getVersion() + "=" + submission.getStatus());
        }
        return rejected;
    }

    /** The name the package was uploaded as (one file), else its folder's name. */
    private static String receivedAs(Submission submission) {
        if (submission.getFiles().size() == 1) {
            return submission.getFiles().get(0).fileName();
        }
        Path name = Path.of(submission.getSourceLocation()).getFileName();
        return name == null ? submission.getSourceLocation() : name.toString();
    }

    /**
     * Applies the package-level rules, then accepts the submission (superseding the previous accepted version) or,
     * when its errors exceed {@code skipLimit}, rejects it as a whole and withdraws its records. Repeating it on a
     * closed submission changes nothing, so a restarted step is safe.
     */
    public SubmissionStatus close(long submissionId, long skipLimit) {
        Submission submission = submissions.find(submissionId);
        if (submission.getStatus() != SubmissionStatus.RECEIVED) {
            return submission.getStatus();
        }
        long refused = submissions.countRejected(submissionId);
        if (ErrorTolerance.exceededBy(refused, skipLimit)) {
            // Already over the tolerance (its ingest stopped there): package rules on a part read cannot save it.
            submission.close(refused, 0, skipLimit);
            submissions.withdrawRecords(submissionId);
            LOG.info(() -> ErrorCode.SUBMISSION_CLOSED.message(submissionId, submission.getStatus()));
            return submission.getStatus();
        }
        List<Finding> findings = PackageRules.check(accepted(submissionId), previousEdition(submission),
                WarningThresholds.DEFAULT);
        List<Finding> refusals = findings.stream().filter(PackageRules::refusesRecord).toList();
        long keptErrors = 0;
        long room = skipLimit + 1 - refused;
        if (refusals.size() > room) {
            // The version is rejected anyway: keep tolerance + 1 refused records in all, and say how many there were.
            Object[] over = {refusals.size(), skipLimit, submission.getReportingYear(), room};
            submissions.add(new ValidationFinding(submissionId, new Finding(Severity.ERROR,
                    ErrorCode.PACKAGE_RULES_OVER_TOLERANCE, refusals.get((int) room).fileName(),
                    refusals.get((int) room).line(), "(package)", ErrorCode.PACKAGE_RULES_OVER_TOLERANCE.reason(over))));
            keptErrors++;
            refusals = refusals.subList(0, (int) room);
        }
        refuse(submission, refusals);
        long warnings = 0;
        for (Finding finding : findings) {
            if (!PackageRules.refusesRecord(finding)) {
                submissions.add(new ValidationFinding(submissionId, finding));
                if (finding.isError()) {
                    keptErrors++;
                } else {
                    warnings++;
                }
            }
        }
        Optional<Submission> previous = submissions.current(submission.getPort(), submission.getReportingYear());
        if (submission.close(submissions.countRejected(submissionId) + keptErrors, warnings, skipLimit)) {
            previous.ifPresent(p -> p.supersedeBy(submission));
        } else {
            submissions.withdrawRecords(submissionId);
        }
        LOG.info(() -> ErrorCode.SUBMISSION_CLOSED.message(submissionId, submission.getStatus()));
        return submission.getStatus();
    }

    private AcceptedRecords accepted(long submissionId) {
        return new AcceptedRecords(submissions.figures(submissionId), submissions.throughput(submissionId),
                submissions.milestones(submissionId), submissions.fleet(submissionId));
    }

    /** The port's accepted edition of the year before: what a restated 2005 baseline is compared with. */
    private PreviousEdition previousEdition(Submission submission) {
        return submissions.current(submission.getPort(), submission.getReportingYear() - 1)
                .map(p -> new PreviousEdition(p.getEdition(), submissions.figures(p.getId())))
                .orElse(PreviousEdition.none());
    }

    /** Duplicates refuse the records they point at, kept with their raw line read back from the package. */
    private void refuse(Submission submission, List<Finding> errors) {
        if (errors.isEmpty()) {
            return;
        }
        Map<String, Set<Long>> linesByFile = errors.stream().collect(Collectors.groupingBy(Finding::fileName,
                Collectors.mapping(Finding::line, Collectors.toSet())));
        Map<String, String> rawLines = rawLines(submission, linesByFile);
        List<RejectedRecord> refused = new ArrayList<>();
        for (Finding error : errors) {
            SubmissionPart part = SubmissionPart.ofFile(error.fileName());
            submissions.withdrawRecord(submission.getId(), part, error.line());
            refused.add(new RejectedRecord(submission.getId(),
                    error.withRawLine(rawLines.get(error.fileName() + ':' + error.line()))));
        }
        refused.forEach(submissions::add);
    }

    private static Map<String, String> rawLines(Submission submission, Map<String, Set<Long>> linesByFile) {
        Map<String, String> raw = new HashMap<>();
        SubmissionPackage content = SubmissionPackages.at(submission.getSourceLocation(), submission.getPort(),
                submission.getReportingYear());
        linesByFile.forEach((fileName, lines) -> {
            try (RecordCursor cursor = content.open(SubmissionPart.ofFile(fileName), submission.getId(), 0)) {
                for (SourceRecord record = cursor.next(); record != null; record = cursor.next()) {
                    if (lines.contains(record.line())) {
                        raw.put(fileName + ':' + record.line(), record.raw());
                    }
                }
            }
        });
        return raw;
    }
}
