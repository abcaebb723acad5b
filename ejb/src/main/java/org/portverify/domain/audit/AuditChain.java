package org.portverify.domain.audit;

import java.util.Optional;

import org.portverify.domain.model.CanonicalText;

/**
 * The audit trail's hash chain. An entry's digest is the SHA-256 (the JDK's) of its canonical text: its fields in a
 * fixed order, each written as {@code name=<length>:<value>} and a line feed, the length counted in UTF-16 units
 * (Java's {@code String.length()}), so that no value can pass for another whatever it contains:
 *
 * <pre>
 * seq=1:1
 * recordedAt=20:2026-07-01T09:30:00Z
 * actor=5:admin
 * ...
 * previousSha256=64:0000...0000
 * </pre>
 *
 * The first entry's previous digest is {@link #GENESIS}. {@link Verifier} checks a chain read in order, one entry at
 * a time (memory independent of its length), and names the first entry that breaks it.
 */
public final class AuditChain {

    /** The "previous digest" of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The canonical text of an entry ({@link CanonicalText}), the bytes its digest is taken of (UTF-8). */
    public static CanonicalText canonical(AuditEntry entry) {
        return new CanonicalText().field("seq", Long.toString(entry.getSeq()))
                .field("recordedAt", entry.getRecordedAt().toString())
                .field("actor", entry.getActor())
                .field("action", entry.getAction())
                .field("objectType", entry.getObjectType())
                .field("objectId", entry.getObjectId())
                .field("detail", entry.getDetail())
                .field("previousSha256", entry.getPreviousSha256());
    }

    /** SHA-256 of the canonical text, lower-case hex. */
    public static String digest(AuditEntry entry) {
        return canonical(entry).sha256();
    }

    /** The outcome of a verification: how many entries were checked, the head, and the first break if any. */
    public record Verification(long entries, AuditHead head, Optional<Break> firstBreak) {

        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** Where the chain breaks: the entry's number and why. */
    public record Break(long seq, String reason) {
    }

    /**
     * Checks entries fed in ascending order against the head the application recorded before they were read; stops
     * looking at the first break. Entries appended after the head was read extend the chain and are checked too;
     * entries removed from its end leave a chain intact in itself but without the recorded head, which is a break.
     */
    public static final class Verifier {

        private final AuditHead recorded;
        private AuditHead head = AuditHead.EMPTY;
        private long entries;
        private Break firstBreak;

        public Verifier(AuditHead recorded) {
            this.recorded = recorded;
        }

        public void accept(AuditEntry entry) {
            entries++;
            if (firstBreak != null) {
                return;
            }
            long expectedSeq = head.lastSeq() + 1;
            if (entry.getSeq() != expectedSeq) {
                firstBreak = new Break(expectedSeq, entry.getSeq() > expectedSeq
                        ? "entry " + expectedSeq + " is missing (the next stored entry is " + entry.getSeq() + ")"
                        : "entry " + entry.getSeq() + " is out of order after entry " + head.lastSeq());
            } else if (!entry.getPreviousSha256().equals(head.lastSha256())) {
                firstBreak = new Break(entry.getSeq(), "entry " + entry.getSeq() + " names " + entry.getPreviousSha256()
                        + " as the previous digest, but entry " + head.lastSeq() + " has " + head.lastSha256());
            } else if (!digest(entry).equals(entry.getEntrySha256())) {
                firstBreak = new Break(entry.getSeq(), "entry " + entry.getSeq() + " was changed: its content gives "
                        + digest(entry) + ", not its stored digest " + entry.getEntrySha256());
            } else if (entry.getSeq() == recorded.lastSeq() && !entry.getEntrySha256().equals(recorded.lastSha256())) {
                firstBreak = new Break(entry.getSeq(), "entry " + entry.getSeq() + " has the digest "
                        + entry.getEntrySha256() + ", but the recorded head names " + recorded.lastSha256());
            }
            head = AuditHead.of(entry);
        }

        public Verification result() {
            if (firstBreak == null && head.lastSeq() < recorded.lastSeq()) {
                firstBreak = new Break(head.lastSeq() + 1, "the chain ends at entry " + head.lastSeq()
                        + " but the recorded head is entry " + recorded.lastSeq() + " (" + recorded.lastSha256() + ")");
            }
            return new Verification(entries, head, Optional.ofNullable(firstBreak));
        }
    }
}
