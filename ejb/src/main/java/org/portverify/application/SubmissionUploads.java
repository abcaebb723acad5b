package org.portverify.application;

import java.io.InputStream;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.portverify.domain.model.Port;
import org.portverify.domain.submission.SubmissionFile;
import org.portverify.infrastructure.files.PackageStore;
import org.portverify.infrastructure.files.PackageStore.StoredPackage;

/**
 * A port's submitter uploads a package: the bytes are stored as received, a version is registered, and its ingest
 * starts. Each part commits on its own, so the ingest (another thread) finds the registered version.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubmissionUploads {

    @Inject
    private PackageStore store;

    @Inject
    private SubmissionIntake intake;

    @Inject
    private ErrorTolerances tolerances;

    @Inject
    private SubmissionIngests ingests;

    /**
     * What became of an upload.
     *
     * @param executionId the ingest started, or null when none was needed (unchanged or refused as a whole)
     */
    public record Upload(RegistrationOutcome outcome, String packageSha256, Long executionId) {
    }

    /**
     * Stores, registers and starts the ingest of an upload; the version records the error tolerance the regulator
     * set for its reporting year (never one the submitter chose). The same bytes as a version whose ingest did not
     * finish continue that ingest (RESUMED) or, while it runs, start nothing (IN_PROGRESS, with its execution).
     */
    public Upload upload(Port port, int reportingYear, InputStream bytes, String fileName, String uploadedBy) {
        // refused before the bytes are stored: the name goes into a bounded column
        SubmissionFile.checkedName(fileName);
        StoredPackage stored = store.store(bytes);
        RegistrationOutcome outcome = intake.upload(port, reportingYear, stored, fileName, uploadedBy);
        if (outcome.kind() == RegistrationOutcome.Kind.RESUMED) {
            SubmissionIngests.Resumption resumption = ingests.resume(outcome.submissionId());
            return new Upload(new RegistrationOutcome(port, resumption.started() ? RegistrationOutcome.Kind.RESUMED
                    : RegistrationOutcome.Kind.IN_PROGRESS, outcome.submissionId(), resumption.message()),
                    stored.sha256(), resumption.executionId());
        }
        if (!outcome.needsIngest()) {
            return new Upload(outcome, stored.sha256(), null);
        }
        intake.judgeWith(outcome.submissionId(), tolerances.skipLimitOf(reportingYear));
        return new Upload(outcome, stored.sha256(), ingests.launch(outcome.submissionId()));
    }
}
