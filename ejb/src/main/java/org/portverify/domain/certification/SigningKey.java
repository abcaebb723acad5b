package org.portverify.domain.certification;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A public key of the server's seal, kept forever so that every signature it made can be verified by anyone: its id
 * is the SHA-256 of its X.509 encoding ({@code publicKey}, Base64).
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    @Column(name = "key_id", length = 64)
    private String keyId;

    @Column(nullable = false, length = 32)
    private String algorithm;

    @Column(name = "public_key", nullable = false, length = 1000)
    private String publicKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKey() {
    }

    public SigningKey(String keyId, String algorithm, String publicKey, Instant createdAt) {
        this.keyId = Objects.requireNonNull(keyId);
        this.algorithm = Objects.requireNonNull(algorithm);
        this.publicKey = Objects.requireNonNull(publicKey);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String getKeyId() {
        return keyId;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
