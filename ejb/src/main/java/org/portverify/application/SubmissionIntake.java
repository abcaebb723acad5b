package org.portverify.application;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.audit.AuditAction;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.ErrorTolerance;
import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.Manifest;
import org.portverify.domain.submission.ManifestRules;
import org.portverify.domain.submission.PackageFormat;
import org.portverify.domain.submission.RecordRejected;
import org.portverify.domain.submission.RejectedRecord;
import org.portverify.domain.submission.ResumePoint;
import org.portverify.domain.submission.Severity;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionFile;
import org.portverify.domain.submission.SubmissionPart;
import org.portverify.domain.submission.SubmissionStatus;
import org.portverify.domain.submission.ValidationFinding;
import org.portverify.infrastructure.files.PackageStore.StoredPackage;
import org.portverify.infrastructure.files.RecordCursor;
import org.portverify.infrastructure.files.SubmissionFolder;
import org.portverify.infrastructure.files.SubmissionPackage;
import org.portverify.infrastructure.files.SubmissionPackages;
import org.portverify.infrastructure.persistence.IngestClaims;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/**
 * Receives the ports' packages: registers a version per distinct package (from the folder intake or an upload),
 * stores accepted records and refused ones; {@link IngestClosing} closes each ingest.
 */
@Stateless
public class SubmissionIntake {

    private static final Logger LOG = Logger.getLogger(SubmissionIntake.class.getName());

    @Inject
    private SubmissionRepository submissions;

    @Inject
    private IngestClaims claims;

    @Inject
    private AuditTrail audit;

    /** The folder intake: {@code <root>/<reportingYear>/<PORT>/} as a new version when its files changed. */
    public RegistrationOutcome register(Path root, int reportingYear, Port port) {
        SubmissionFolder folder = SubmissionFolder.of(root, reportingYear, port);
        if (!folder.exists()) {
            return new RegistrationOutcome(port, RegistrationOutcome.Kind.MISSING, null,
                    "No package from " + port + " for " + reportingYear + " at " + folder.path());
        }
        RegistrationOutcome outcome;
        String digest = null;
        try {
            List<SubmissionFile> files = folder.files();
            digest = SubmissionFolder.packageDigest(files);
            outcome = receive(port, reportingYear, folder, digest, files, PackageFormat.FOLDER, null);
        } catch (RuleViolation violation) {
            LOG.warning(violation.getMessage());
            outcome = new RegistrationOutcome(port, RegistrationOutcome.Kind.REFUSED, null, violation.getMessage());
        }
        // A folder read again unchanged at every run is no arrival; a new package, or one refused, is.
        if (outcome.kind() == RegistrationOutcome.Kind.NEW_VERSION
                || outcome.kind() == RegistrationOutcome.Kind.REFUSED) {
            audit.record(AuditTrail.SYSTEM, AuditAction.SUBMISSION_FILED, "submission", outcome.submissionId(),
                    port + " " + reportingYear + " " + folder.path() + (digest == null ? "" : " sha256 " + digest)
                            + " " + outcome.kind() + ": " + outcome.message());
        }
        return outcome;
    }

    /**
     * An upload: the stored bytes of one ZIP or XLSX package. A package that cannot be read, or whose manifest or
     * headers break the contract, is kept as a REJECTED version with its reason; it never counts. The audit trail
     * records the upload and its outcome in the same transaction.
     */
    public RegistrationOutcome upload(Port port, int reportingYear, StoredPackage stored, String fileName,
                                      String uploadedBy) {
        RegistrationOutcome outcome = register(port, reportingYear, stored, fileName, uploadedBy);
        audit.record(uploadedBy, AuditAction.SUBMISSION_UPLOADED, "submission", outcome.submissionId(),
                port + " " + reportingYear + " " + fileName + " sha256 " + stored.sha256() + " " + outcome.kind()
                        + ": " + outcome.message());
        return outcome;
    }

    private RegistrationOutcome register(Port port, int reportingYear, StoredPackage stored, String fileName,
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
            submissions.add(new RejectedRecord(refused.getId(), manifestError(badManifest)));
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

    /** A manifest that breaks the contract: its header (line 1) or its data row (line 2). */
    static Finding manifestError(RuleViolation badManifest) {
        long line = badManifest.code() == ErrorCode.HEADER_MISMATCH ? 1 : 2;
        return packageError(badManifest, SubmissionPart.MANIFEST.fileName(), line);
    }

    static Finding packageError(RuleViolation violation, String fileName, long line) {
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
    static Optional<Finding> checkHeaders(SubmissionPackage content, long submissionId) {
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

    /** Where the ingest of a version goes on: after the last line the database holds for it (the data is the checkpoint). */
    public ResumePoint resumePointOf(long submissionId) {
        return ResumePoint.after(submissions.lastLines(submissionId));
    }

    /** The refused records a version holds so far. */
    public long refusedSoFar(long submissionId) {
        return submissions.countRejected(submissionId);
    }

    /**
     * Keeps a refused record with its line, field, code and raw line, in the chunk's transaction. {@code refused} is
     * the version's refused records with this one. When that passes the tolerance the version is judged with, also
     * records where its ingest stopped (PV-1060, at this line) and answers true: nothing more of it is read or kept.
     */
    public boolean keepRefused(SourceRecord record, RecordRejected rejection, long refused) {
        Finding finding = rejection.finding();
        submissions.add(new RejectedRecord(record.submissionId(), finding));
        Submission submission = submissions.find(record.submissionId());
        if (!ErrorTolerance.exceededBy(refused, submission.getSkipLimit())) {
            return false;
        }
        Finding stopped = ErrorTolerance.stoppedAt(finding, refused, submission.getSkipLimit(),
                submission.getReportingYear());
        submissions.add(new ValidationFinding(submission.getId(), stopped));
        LOG.warning(() -> stopped.code().code() + ": " + stopped.message());
        return true;
    }

    /** Whether the ingest of a version stopped at its tolerance (PV-1060 recorded): nothing more of it is read. */
    public boolean stoppedAtTolerance(long submissionId) {
        return submissions.hasFinding(submissionId, ErrorCode.INGEST_STOPPED_AT_TOLERANCE);
    }

    /**
     * An ingest that ended before its close because of the port's package (a limit or rule hit while reading, e.g.
     * PV-1032): every version {@code executionId} still ingests is REJECTED with one finding giving that code, and
     * what earlier chunks stored is withdrawn. A failure of the server's side never comes here: it interrupts the
     * ingest instead ({@link SubmissionIngests#ended}).
     * A version whose close had begun (a phase recorded) stays RECEIVED: a restart resumes its close at the next phase.
     *
     * @return {@code PORT vN=REJECTED} for each version rejected; empty when there was none (e.g. already closed)
     */
    public List<String> ingestFailed(long executionId, RuleViolation violation) {
        List<String> rejected = new ArrayList<>();
        for (Submission submission : submissions.ingestedBy(executionId)) {
            LOG.log(Level.WARNING, "Ingest of submission " + submission.getId() + " failed", violation);
            if (submission.getClosePhase() != null) {
                // Its records are all read and its close began: restarting the job resumes the close (IngestClosing).
                continue;
            }
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
}
