package org.portverify.application;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.submission.Submission;
import org.portverify.infrastructure.ServerSettings;
import org.portverify.infrastructure.files.PackageStore;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/**
 * Stored packages of refused uploads expire: once a REJECTED upload is older than the retention (system property
 * {@value ServerSettings#REFUSED_PACKAGE_RETENTION_DAYS}, 30 days by default), its bytes are deleted and the time
 * recorded; its findings and digest stay. Accepted versions (and those they superseded) are kept forever, and bytes
 * another version still reads are kept. Run daily by a timer; {@code now} is given, so it is tested without waiting.
 */
@Stateless
public class PackageRetention {

    private static final Logger LOG = Logger.getLogger(PackageRetention.class.getName());

    @Inject
    private SubmissionRepository submissions;

    @Inject
    private PackageStore store;

    /** Deletes the expired packages as of {@code now}; returns how many versions' packages expired. */
    public int expireRefused(Instant now) {
        Duration retention = ServerSettings.refusedPackageRetention();
        int expired = 0;
        for (Submission refused : submissions.rejectedUploadsReceivedBefore(now.minus(retention))) {
            if (!refused.packageExpiresAt(now, retention)) {
                continue;
            }
            if (!submissions.packageKeptByAnother(refused.getId(), refused.getSourceLocation())) {
                store.delete(Path.of(refused.getSourceLocation()));
            }
            refused.packageExpired(now);
            expired++;
        }
        int count = expired;
        LOG.info(() -> count + " refused package(s) expired, older than " + retention.toDays() + " days");
        return expired;
    }
}
