package org.portverify.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.audit.AuditAction;
import org.portverify.domain.audit.AuditEntry;
import org.portverify.domain.certification.Certification;
import org.portverify.domain.certification.CertificationStatement;
import org.portverify.domain.certification.SignedText;
import org.portverify.domain.certification.SigningKey;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.ReviewComment;
import org.portverify.domain.submission.Severity;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionDeadline;
import org.portverify.infrastructure.ServerSettings;
import org.portverify.infrastructure.files.PackageStore;
import org.portverify.infrastructure.persistence.CertificationRepository;
import org.portverify.infrastructure.persistence.ReviewRepository;
import org.portverify.infrastructure.persistence.SubmissionRepository;
import org.portverify.infrastructure.reports.ReceiptPdf;
import org.portverify.infrastructure.security.SignerAuthentication;
import org.portverify.infrastructure.signing.Seal;

/**
 * Certification of a port's version by its certifying official, and the statement they sign: the official reads the
 * statement in force, authenticates again and certifies; the server's seal signs what was certified
 * ({@link SignedText}) and the audit trail records it.
 */
@Stateless
public class SubmissionCertifications {

    /** A version of the certification statement. */
    public record StatementView(int version, String text, String sha256, String publishedBy, Instant publishedAt) {

        static StatementView of(CertificationStatement s) {
            return new StatementView(s.getVersion(), s.getText(), s.sha256(), s.getPublishedBy(), s.getPublishedAt());
        }
    }

    /**
     * A certification with everything needed to check it without the server: the signed text, the signature, the
     * seal's public key (X.509, Base64) and whether the signature verifies over the text rebuilt from what is stored.
     */
    public record CertificationView(long submissionId, String port, int reportingYear, int version,
                                    String packageSha256, String reviewState, int statementVersion,
                                    String statementSha256, String signer, Instant signedAt, String algorithm,
                                    String keyId, String publicKey, String signature, String signedText,
                                    boolean signatureValid, long auditSeq, String auditSha256,
                                    LocalDate disputeUntil, String receiptSha256) {
    }

    @Inject
    private CertificationRepository certifications;

    @Inject
    private SubmissionRepository submissions;

    @Inject
    private SignerAuthentication authentication;

    @Inject
    private Seal seal;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReceiptPdf receipts;

    @Inject
    private PackageStore store;

    @Inject
    private ReviewRepository reviews;

    public StatementView statement() {
        return StatementView.of(certifications.currentStatement());
    }

    /**
     * Publishes {@code text} as the next version of the statement (PV-4305 if blank or longer than
     * {@value CertificationStatement#MAX_CHARS} characters); the same text as the statement in force publishes nothing.
     */
    public StatementView publish(String text, String administrator) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(ErrorCode.STATEMENT_INVALID, "it is empty");
        }
        if (text.length() > CertificationStatement.MAX_CHARS) {
            throw new RuleViolation(ErrorCode.STATEMENT_INVALID, "it has " + text.length()
                    + " characters, more than " + CertificationStatement.MAX_CHARS);
        }
        CertificationStatement current = certifications.lockedCurrentStatement();
        if (current.getText().equals(text)) {
            return StatementView.of(current);
        }
        CertificationStatement next = current.next(text, administrator, Instant.now());
        certifications.add(next);
        audit.record(administrator, AuditAction.STATEMENT_PUBLISHED, "statement", next.getVersion(),
                "version " + next.getVersion() + ", sha256 " + next.sha256());
        return StatementView.of(next);
    }

    /**
     * The port's certifying official {@code signer} certifies a version under the statement version they read,
     * giving their password again: PV-4303 if the statement changed since, PV-4304 if the password is not theirs,
     * PV-4302 unless the version is a draft that passed validation. The password is cleared once checked.
     */
    public CertificationView certify(Port port, int reportingYear, int version, String signer, char[] password,
                                     int statementVersion) {
        Submission submission;
        CertificationStatement statement;
        try {
            submission = submissions.locked(submissions.existingVersion(port, reportingYear, version).getId());
            statement = certifications.currentStatement();
            if (statement.getVersion() != statementVersion) {
                throw new RuleViolation(ErrorCode.STATEMENT_CHANGED, statement.getVersion(), statementVersion);
            }
            if (!authentication.confirms(signer, password)) {
                throw new RuleViolation(ErrorCode.SIGNER_NOT_AUTHENTICATED, signer);
            }
        } finally {
            Arrays.fill(password, '\0');
        }
        submission.certify();
        SignedText text = new SignedText(port, reportingYear, version, submission.getPackageSha256(),
                statement.getVersion(), statement.sha256(), signer, Instant.now());
        Seal.Signed signed = seal.sign(text.bytes());
        AuditEntry recorded = audit.record(signer, AuditAction.SUBMISSION_CERTIFIED, "submission",
                submission.getId(), port + " " + reportingYear + " v" + version + " sha256 "
                        + submission.getPackageSha256() + ", statement v" + statement.getVersion() + ", seal "
                        + signed.keyId() + ", signature " + signed.signature());
        LocalDate disputeUntil = text.signedAt().atZone(SubmissionDeadline.REGULATOR_TIME).toLocalDate()
                .plusDays(ServerSettings.disputeWindowDays());
        Certification certification = new Certification(submission.getId(), text, signed.keyId(),
                signed.signature(), recorded.getSeq(), recorded.getEntrySha256(), disputeUntil,
                BoardReports.softwareVersion());
        // Rendered before it is persisted: the receipt's queries would flush a certification without its digest.
        byte[] receipt = renderReceipt(submission, certification);
        certification.keptAs(store.store(new ByteArrayInputStream(receipt)).sha256());
        certifications.add(certification);
        return view(submission, certification);
    }

    /** The copy of record's PDF as kept at certification (PV-4306 when the version is not certified). */
    public byte[] receipt(Port port, int reportingYear, int version) {
        Certification certification = certificationOf(port, reportingYear, version).certification();
        Path kept = store.find(certification.getReceiptSha256()).orElseThrow(() -> new IllegalStateException(
                "The copy of record " + certification.getReceiptSha256() + " is missing from the package store"));
        try {
            return Files.readAllBytes(kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The copy of record rendered again from what is stored: the same bytes as the kept one. */
    public byte[] renderReceiptAgain(Port port, int reportingYear, int version) {
        Certified certified = certificationOf(port, reportingYear, version);
        return renderReceipt(certified.submission(), certified.certification());
    }

    /**
     * The port disputes its copy of record, within the window the certification recorded (PV-4311 after it): the
     * reason becomes a comment of the version's review, on the audit trail as a dispute.
     */
    public SubmissionReviews.CommentView dispute(Port port, int reportingYear, int version, String author,
                                                 String reason) {
        Certified certified = certificationOf(port, reportingYear, version);
        LocalDate today = LocalDate.now(SubmissionDeadline.REGULATOR_TIME);
        if (!certified.certification().disputableOn(today)) {
            throw new RuleViolation(ErrorCode.DISPUTE_WINDOW_CLOSED, version,
                    certified.certification().getDisputeUntil(), today);
        }
        ReviewComment comment = ReviewComment.write(certified.submission().getId(), author,
                ReviewComment.Side.PORT, Instant.now(), "Dispute of the copy of record: " + reason, null, null, null);
        reviews.add(comment);
        audit.record(author, AuditAction.COPY_OF_RECORD_DISPUTED, "submission", certified.submission().getId(),
                port + " " + reportingYear + " v" + version + ", copy of record "
                        + certified.certification().getReceiptSha256());
        return SubmissionReviews.CommentView.of(comment);
    }

    private record Certified(Submission submission, Certification certification) {
    }

    private Certified certificationOf(Port port, int reportingYear, int version) {
        Submission submission = submissions.existingVersion(port, reportingYear, version);
        Certification certification = certifications.of(submission.getId())
                .orElseThrow(() -> new RuleViolation(ErrorCode.CERTIFICATION_NOT_FOUND, version, port,
                        reportingYear));
        return new Certified(submission, certification);
    }

    private byte[] renderReceipt(Submission submission, Certification certification) {
        SigningKey key = certifications.key(certification.getKeyId()).orElseThrow();
        long errors = submissions.countRejected(submission.getId())
                + submissions.countFindings(submission.getId(), Severity.ERROR);
        long warnings = submissions.countFindings(submission.getId(), Severity.WARNING);
        return receipts.render(CopyOfRecord.of(submission, certification,
                certifications.statement(certification.getStatementVersion()), key,
                submissions.countRecords(submission.getId()), errors, warnings));
    }

    /** A version's certification, its signature checked again (PV-4306 when the version is not certified). */
    public CertificationView certification(Port port, int reportingYear, int version) {
        Certified certified = certificationOf(port, reportingYear, version);
        return view(certified.submission(), certified.certification());
    }

    private CertificationView view(Submission submission, Certification c) {
        CertificationStatement statement = certifications.statement(c.getStatementVersion());
        SignedText text = new SignedText(submission.getPort(), submission.getReportingYear(), submission.getVersion(),
                submission.getPackageSha256(), c.getStatementVersion(), statement.sha256(), c.getSigner(),
                c.getSignedAt());
        SigningKey key = certifications.key(c.getKeyId()).orElse(null);
        boolean valid = key != null && Seal.verifies(key, text.bytes(), c.getSignature());
        return new CertificationView(submission.getId(), submission.getPort().name(), submission.getReportingYear(),
                submission.getVersion(), submission.getPackageSha256(), submission.getReviewState().name(),
                c.getStatementVersion(), statement.sha256(), c.getSigner(), c.getSignedAt(),
                key == null ? null : key.getAlgorithm(), c.getKeyId(), key == null ? null : key.getPublicKey(),
                c.getSignature(), text.canonical().toString(), valid, c.getAuditSeq(), c.getAuditSha256(),
                c.getDisputeUntil(), c.getReceiptSha256());
    }
}
