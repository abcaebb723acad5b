package org.portverify.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that records the chain's end. An append locks it (a pessimistic write lock in the appending
 * transaction), so appends are serialized in the database whatever server thread or node makes them, and a
 * rolled-back action leaves neither its entry nor a moved head.
 */
@Entity
@Table(name = "audit_head")
public class ChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_sha256", nullable = false, length = 64)
    private String lastSha256;

    protected ChainHead() {
    }

    public AuditHead head() {
        return new AuditHead(lastSeq, lastSha256);
    }

    /** Moves the head to {@code entry}, which must follow it. */
    public void advanceTo(AuditEntry entry) {
        if (entry.getSeq() != lastSeq + 1 || !entry.getPreviousSha256().equals(lastSha256)) {
            throw new IllegalArgumentException("entry " + entry.getSeq() + " does not follow entry " + lastSeq);
        }
        lastSeq = entry.getSeq();
        lastSha256 = entry.getEntrySha256();
    }
}
