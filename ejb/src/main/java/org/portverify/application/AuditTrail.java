package org.portverify.application;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.audit.AuditAction;
import org.portverify.domain.audit.AuditChain;
import org.portverify.domain.audit.AuditEntry;
import org.portverify.domain.audit.AuditHead;
import org.portverify.domain.audit.ChainHead;
import org.portverify.infrastructure.persistence.AuditRepository;

/**
 * The audit trail: each use case that changes state appends what it did, in its own transaction when it has one (so
 * that an action rolled back leaves no entry), in a transaction of the entry's own otherwise. Anyone with the
 * auditor's or administrator's role can read it and verify the chain end to end.
 */
@Stateless
public class AuditTrail {

    /** The actor of what the server does by itself (an ingest's decision, a scheduled run). */
    public static final String SYSTEM = "system";

    @Inject
    private AuditRepository entries;

    /** Appends an entry after the chain's head, which it locks until the transaction ends. */
    public AuditEntry record(String actor, AuditAction action, String objectType, Object objectId, String detail) {
        ChainHead head = entries.lockedHead();
        AuditEntry entry = AuditEntry.after(head.head(), Instant.now(), actor, action, objectType,
                String.valueOf(objectId), detail);
        entries.add(entry);
        head.advanceTo(entry);
        return entry;
    }

    /** The head as last committed. */
    public AuditHead head() {
        return entries.head().head();
    }

    /** One page of the trail, newest first. */
    public List<AuditEntry> page(PageRequest page) {
        return entries.page(page.offset(), page.limit());
    }

    /**
     * Reads the recorded head, then the whole chain in order, and checks every link and digest; names the first
     * entry that breaks it.
     */
    public AuditChain.Verification verify() {
        AuditChain.Verifier verifier = new AuditChain.Verifier(entries.head().head());
        entries.readInOrder(verifier::accept);
        return verifier.result();
    }
}
