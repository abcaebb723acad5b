package org.portverify.domain.audit;

/** The end of the chain: the last entry's number and digest ({@link AuditChain#GENESIS} and 0 before the first). */
public record AuditHead(long lastSeq, String lastSha256) {

    public static final AuditHead EMPTY = new AuditHead(0, AuditChain.GENESIS);

    public static AuditHead of(AuditEntry entry) {
        return new AuditHead(entry.getSeq(), entry.getEntrySha256());
    }
}
