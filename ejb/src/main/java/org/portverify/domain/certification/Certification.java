package org.portverify.domain.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A version's certification: the port's certifying official signed statement {@code statementVersion} for it at
 * {@code signedAt}, after authenticating again, and the server's seal ({@code keyId}) signed the {@link SignedText}.
 * One per version, never changed.
 */
@Entity
@Table(name = "certification")
public class Certification {

    @Id
    @Column(name = "submission_id")
    private long submissionId;

    @Column(name = "statement_version", nullable = false)
    private int statementVersion;

    @Column(nullable = false, length = 128)
    private String signer;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "key_id", nullable = false, length = 64)
    private String keyId;

    /** Base64 of the signature's bytes. */
    @Column(nullable = false, length = 200)
    private String signature;

    @Column(name = "audit_seq", nullable = false)
    private long auditSeq;

    @Column(name = "audit_sha256", nullable = false, length = 64)
    private String auditSha256;

    /** The last day (regulator's time) the port may dispute the copy of record. */
    @Column(name = "dispute_until", nullable = false)
    private LocalDate disputeUntil;

    @Column(name = "software_version", nullable = false, length = 64)
    private String softwareVersion;

    /** SHA-256 of the copy of record's PDF, kept in the package store next to the package's bytes. */
    @Column(name = "receipt_sha256", nullable = false, length = 64)
    private String receiptSha256;

    protected Certification() {
    }

    /**
     * A certification as the seal signed it and the audit entry {@code auditSeq} recorded it; the copy of record is
     * attached with {@link #keptAs} before the transaction ends.
     */
    public Certification(long submissionId, SignedText signed, String keyId, String signature, long auditSeq,
                         String auditSha256, LocalDate disputeUntil, String softwareVersion) {
        this.submissionId = submissionId;
        this.statementVersion = signed.statementVersion();
        this.signer = signed.signer();
        this.signedAt = signed.signedAt();
        this.keyId = Objects.requireNonNull(keyId);
        this.signature = Objects.requireNonNull(signature);
        this.auditSeq = auditSeq;
        this.auditSha256 = Objects.requireNonNull(auditSha256);
        this.disputeUntil = Objects.requireNonNull(disputeUntil);
        this.softwareVersion = Objects.requireNonNull(softwareVersion);
    }

    /** The copy of record's digest, set once. */
    public void keptAs(String receiptSha256) {
        if (this.receiptSha256 != null) {
            throw new IllegalStateException("A copy of record is kept once");
        }
        this.receiptSha256 = Objects.requireNonNull(receiptSha256);
    }

    /** Whether the port may still dispute the copy of record on {@code today} (regulator's time). */
    public boolean disputableOn(LocalDate today) {
        return !today.isAfter(disputeUntil);
    }

    public long getAuditSeq() {
        return auditSeq;
    }

    public String getAuditSha256() {
        return auditSha256;
    }

    public LocalDate getDisputeUntil() {
        return disputeUntil;
    }

    public String getSoftwareVersion() {
        return softwareVersion;
    }

    public String getReceiptSha256() {
        return receiptSha256;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public int getStatementVersion() {
        return statementVersion;
    }

    public String getSigner() {
        return signer;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getSignature() {
        return signature;
    }
}
