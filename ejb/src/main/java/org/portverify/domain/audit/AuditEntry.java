package org.portverify.domain.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of the audit trail: who did what, when, on which object, chained to the entry before it by that entry's
 * SHA-256. The entry's own SHA-256 covers all of it ({@link AuditChain#digest}), so rewriting any entry, or removing
 * one, breaks the chain from there on. Entries are numbered 1, 2, 3, ... without gaps and never changed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** Free text is bounded: a detail longer than this is cut (with "...") before it is hashed. */
    public static final int MAX_DETAIL = 2_000;

    @Id
    private long seq;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 128)
    private String actor;

    @Column(nullable = false, length = 48)
    private String action;

    @Column(name = "object_type", nullable = false, length = 48)
    private String objectType;

    @Column(name = "object_id", nullable = false, length = 128)
    private String objectId;

    @Column(nullable = false, length = MAX_DETAIL)
    private String detail;

    @Column(name = "previous_sha256", nullable = false, length = 64)
    private String previousSha256;

    @Column(name = "entry_sha256", nullable = false, length = 64)
    private String entrySha256;

    protected AuditEntry() {
    }

    private AuditEntry(long seq, Instant recordedAt, String actor, String action, String objectType, String objectId,
                       String detail, String previousSha256, String entrySha256) {
        this.seq = seq;
        this.recordedAt = recordedAt;
        this.actor = actor;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.detail = detail;
        this.previousSha256 = previousSha256;
        this.entrySha256 = entrySha256;
    }

    /**
     * The entry after {@code previous} ({@link AuditHead#EMPTY} for the first): numbered after it, chained to its
     * digest, and digested.
     * The time is kept to the millisecond, which every database stores exactly, so the digest can be recomputed.
     */
    public static AuditEntry after(AuditHead previous, Instant at, String actor, AuditAction action,
                                   String objectType, String objectId, String detail) {
        String bounded = detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 3) + "...";
        AuditEntry entry = new AuditEntry(previous.lastSeq() + 1, at.truncatedTo(ChronoUnit.MILLIS),
                Objects.requireNonNull(actor, "actor"), action.name(), objectType, objectId, bounded,
                previous.lastSha256(), null);
        entry.entrySha256 = AuditChain.digest(entry);
        return entry;
    }

    /** An entry as read back from storage, digest included, for verification. */
    public static AuditEntry stored(long seq, Instant recordedAt, String actor, String action, String objectType,
                                    String objectId, String detail, String previousSha256, String entrySha256) {
        return new AuditEntry(seq, recordedAt, actor, action, objectType, objectId, detail, previousSha256,
                entrySha256);
    }

    public long getSeq() {
        return seq;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousSha256() {
        return previousSha256;
    }

    public String getEntrySha256() {
        return entrySha256;
    }
}
