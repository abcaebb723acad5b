package org.portverify.application;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.domain.submission.Manifest;
import org.portverify.domain.submission.ManifestRules;
import org.portverify.domain.submission.RecordRejected;
import org.portverify.domain.submission.RejectedRecord;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionFile;
import org.portverify.domain.submission.SubmissionPart;
import org.portverify.domain.submission.SubmissionStatus;
import org.portverify.domain.submission.Throughput;
import org.portverify.infrastructure.files.RecordCursor;
import org.portverify.infrastructure.files.SubmissionFolder;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/**
 * Receives the ports' packages: registers a version per distinct package, stores accepted records and refused ones,
 * and closes the ingest by accepting the new version and superseding the previous one.
 */
@Stateless
public class SubmissionIntake {

    private static final Logger LOG = Logger.getLogger(SubmissionIntake.class.getName());

    @Inject
    private SubmissionRepository submissions;

    public RegistrationOutcome register(Path root, int reportingYear, Port port) {
        SubmissionFolder folder = SubmissionFolder.of(root, reportingYear, port);
        if (!folder.exists()) {
            return new RegistrationOutcome(port, RegistrationOutcome.Kind.MISSING, null,
                    "No package from " + port + " for " + reportingYear + " at " + folder.path());
        }
        try {
            List<SubmissionFile> files = folder.files();
            String packageSha256 = SubmissionFolder.packageDigest(files);
            Optional<Submission> latest = submissions.latest(port, reportingYear);
            if (latest.isPresent() && latest.get().getPackageSha256().equals(packageSha256)) {
                return sameAsLatest(latest.get());
            }
            Manifest manifest = ManifestRules.parse(folder.manifestRow(), port, reportingYear);
            Submission submission = new Submission(manifest, latest.map(s -> s.getVersion() + 1).orElse(1),
                    packageSha256, files, folder.path().toAbsolutePath().toString(), Instant.now());
            submissions.add(submission);
            latest.filter(s -> s.getStatus() == SubmissionStatus.RECEIVED).ifPresent(s -> s.supersedeBy(submission));
            checkHeaders(folder, submission);
            if (submission.getStatus() == SubmissionStatus.REJECTED) {
                return new RegistrationOutcome(port, RegistrationOutcome.Kind.REFUSED, submission.getId(),
                        "Version " + submission.getVersion() + " refused: bad header");
            }
            return new RegistrationOutcome(port, RegistrationOutcome.Kind.NEW_VERSION, submission.getId(),
                    "Version " + submission.getVersion() + " registered, sha256 " + packageSha256);
        } catch (RuleViolation violation) {
            LOG.warning(violation.getMessage());
            return new RegistrationOutcome(port, RegistrationOutcome.Kind.REFUSED, null, violation.getMessage());
        }
    }

    private RegistrationOutcome sameAsLatest(Submission latest) {
        if (latest.getStatus() == SubmissionStatus.RECEIVED) {
            submissions.clearIngest(latest.getId());
            return new RegistrationOutcome(latest.getPort(), RegistrationOutcome.Kind.RESUMED, latest.getId(),
                    "Version " + latest.getVersion() + " had an unfinished ingest: ingesting again");
        }
        return new RegistrationOutcome(latest.getPort(), RegistrationOutcome.Kind.UNCHANGED, latest.getId(),
                "Version " + latest.getVersion() + " has the same digest (" + latest.getStatus() + ")");
    }

    /** A record file whose header breaks the contract refuses the whole version before any record is read. */
    private void checkHeaders(SubmissionFolder folder, Submission submission) {
        for (SubmissionPart part : SubmissionPart.recordParts()) {
            try (RecordCursor ignored = folder.open(part, submission.getId(), 0)) {
                // opening checks the header
            } catch (RuleViolation violation) {
                LOG.warning(violation.getMessage());
                submission.reject();
                return;
            }
        }
    }

    public List<PendingSubmission> pending(int reportingYear) {
        return submissions.withStatus(reportingYear, SubmissionStatus.RECEIVED).stream()
                .map(s -> new PendingSubmission(s.getId(), s.getPort(), s.getReportingYear(), s.getSourceLocation()))
                .toList();
    }

    /** Stores the accepted records of one chunk: {@link InventoryFigure}s and {@link Throughput}s. */
    public void store(List<?> records) {
        records.forEach(submissions::add);
    }

    public void recordRejection(SourceRecord record, RecordRejected rejection) {
        submissions.add(new RejectedRecord(record, rejection));
    }

    /** Accepts every fully ingested version of the year and supersedes the versions they replace. */
    public void closeIngest(int reportingYear) {
        for (Submission received : submissions.withStatus(reportingYear, SubmissionStatus.RECEIVED)) {
            Optional<Submission> previous = submissions.current(received.getPort(), reportingYear);
            received.accept(submissions.countRejected(received.getId()));
            previous.ifPresent(p -> p.supersedeBy(received));
        }
    }
}
