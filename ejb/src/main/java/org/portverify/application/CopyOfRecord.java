package org.portverify.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.portverify.domain.certification.Certification;
import org.portverify.domain.certification.CertificationStatement;
import org.portverify.domain.certification.SigningKey;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionDeadline;
import org.portverify.domain.submission.SubmissionFile;
import org.portverify.infrastructure.persistence.SubmissionRepository.RecordCounts;
import org.portverify.reports.Receipt;

/**
 * The copy of record of a certification, worded from what is stored only (no clock), so that rendering it again
 * gives the same bytes: the port, year and version, the package's and each file's SHA-256, the records kept, the
 * validation outcome, the statement, the signer and time, the seal's signature, the audit entry and the dispute window.
 */
final class CopyOfRecord {

    private CopyOfRecord() {
    }

    static Receipt of(Submission s, Certification c, CertificationStatement statement, SigningKey key,
                      RecordCounts records, long errors, long warnings) {
        List<Receipt.Line> lines = new ArrayList<>();
        lines.add(new Receipt.Line("Port", s.getPort().displayName() + " (" + s.getPort() + ")", false));
        lines.add(new Receipt.Line("Reporting year", Integer.toString(s.getReportingYear()), false));
        lines.add(new Receipt.Line("Version", s.getVersion() + " (edition " + s.getEdition() + ")", false));
        lines.add(new Receipt.Line("Received", s.getReceivedAt() + " as " + s.getFormat()
                + (s.getUploadedBy() == null ? "" : ", uploaded by " + s.getUploadedBy()), false));
        lines.add(new Receipt.Line("Package SHA-256", s.getPackageSha256(), true));
        for (SubmissionFile file : s.getFiles()) {
            lines.add(new Receipt.Line(file.fileName() + " (" + String.format(Locale.US, "%,d", file.sizeBytes())
                    + " bytes)", file.sha256(), true));
        }
        lines.add(new Receipt.Line("Records kept", String.format(Locale.US,
                "%,d emission figures, %,d throughput, %,d milestones, %,d fleet", records.figures(),
                records.throughput(), records.milestones(), records.fleet()), false));
        lines.add(new Receipt.Line("Validation", s.getStatus() + String.format(Locale.US,
                ": %,d errors (refused records and package errors), %,d warnings", errors, warnings), false));
        lines.add(new Receipt.Line("Statement", "version " + statement.getVersion() + ", SHA-256 "
                + statement.sha256(), false));
        lines.add(new Receipt.Line("Certified by", c.getSigner() + ", " + c.getSignedAt()
                + " (password given again at signing)", false));
        lines.add(new Receipt.Line("Seal", key.getAlgorithm() + ", key " + c.getKeyId(), true));
        lines.add(new Receipt.Line("Signature", c.getSignature(), true));
        lines.add(new Receipt.Line("Audit trail", "entry " + c.getAuditSeq() + ", SHA-256 " + c.getAuditSha256(),
                true));
        lines.add(new Receipt.Line("Dispute", "The port may dispute this copy of record until the end of "
                + c.getDisputeUntil() + " (" + SubmissionDeadline.REGULATOR_TIME.getId() + " time).", false));
        return new Receipt("Copy of record: " + s.getPort() + " " + s.getReportingYear() + ", version "
                + s.getVersion(), lines, statement.getText(), c.getSignedAt().atZone(java.time.ZoneOffset.UTC)
                .toLocalDate(), c.getSoftwareVersion());
    }
}
