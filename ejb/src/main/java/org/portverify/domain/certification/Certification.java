package org.portverify.domain.certification;

import java.time.Instant;
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

    protected Certification() {
    }

    public Certification(long submissionId, SignedText signed, String keyId, String signature) {
        this.submissionId = submissionId;
        this.statementVersion = signed.statementVersion();
        this.signer = signed.signer();
        this.signedAt = signed.signedAt();
        this.keyId = Objects.requireNonNull(keyId);
        this.signature = Objects.requireNonNull(signature);
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
