package org.portverify.domain.certification;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.portverify.domain.model.CanonicalText;

/**
 * The statement a port's certifying official signs ("I certify under penalty of law that ..."). Versioned: a new
 * text is a new version and a published one is never changed, so that a certification names exactly what its signer
 * read (its version, and the SHA-256 of its text inside the signed text).
 */
@Entity
@Table(name = "certification_statement")
public class CertificationStatement {

    /** The longest statement kept; longer texts are refused (PV-4305). */
    public static final int MAX_CHARS = 4000;

    @Id
    private int version;

    @Column(name = "statement", nullable = false, length = MAX_CHARS)
    private String text;

    @Column(name = "published_by", nullable = false, length = 128)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected CertificationStatement() {
    }

    public CertificationStatement(int version, String text, String publishedBy, Instant publishedAt) {
        this.version = version;
        this.text = Objects.requireNonNull(text);
        this.publishedBy = Objects.requireNonNull(publishedBy);
        this.publishedAt = Objects.requireNonNull(publishedAt);
    }

    /** The next version with a new text. */
    public CertificationStatement next(String newText, String publisher, Instant at) {
        return new CertificationStatement(version + 1, newText, publisher, at);
    }

    public int getVersion() {
        return version;
    }

    public String getText() {
        return text;
    }

    /** SHA-256 of the text's UTF-8 bytes: what a signature binds, so that the text cannot change under it. */
    public String sha256() {
        return CanonicalText.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
