package org.portverify.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-07-01T09:30:00Z");

    /**
     * The digest anyone can recompute: printf 'seq=1:1\nrecordedAt=20:2026-07-01T09:30:00Z\nactor=5:admin\n
     * action=17:TOLERANCE_CHANGED\nobjectType=9:tolerance\nobjectId=4:2025\ndetail=20:skipLimit 1000 -> 25\n
     * previousSha256=64:000...000\n' | sha256sum (one line, 64 zeros).
     */
    @Test
    void theFirstEntrysDigestIsTheSha256OfItsCanonicalText() {
        AuditEntry first = AuditEntry.after(AuditHead.EMPTY, AT.plusNanos(999_999), "admin",
                AuditAction.TOLERANCE_CHANGED, "tolerance", "2025", "skipLimit 1000 -> 25");
        assertEquals(AT, first.getRecordedAt(), "kept to the millisecond");
        assertEquals("seq=1:1\nrecordedAt=20:2026-07-01T09:30:00Z\nactor=5:admin\naction=17:TOLERANCE_CHANGED\n"
                + "objectType=9:tolerance\nobjectId=4:2025\ndetail=20:skipLimit 1000 -> 25\n"
                + "previousSha256=64:" + "0".repeat(64) + "\n", AuditChain.canonical(first).toString());
        assertEquals("7816aad6a6602c5ac916275cf7da252999b20d7ee28b7c79c887a7574a4fc521", first.getEntrySha256());
    }

    @Test
    void eachEntryNamesTheDigestOfTheOneBefore() {
        List<AuditEntry> chain = chain(3);
        assertEquals(chain.get(0).getEntrySha256(), chain.get(1).getPreviousSha256());
        assertEquals(chain.get(1).getEntrySha256(), chain.get(2).getPreviousSha256());
        AuditChain.Verification verification = verify(chain, AuditHead.of(chain.get(2)));
        assertTrue(verification.intact(), verification.toString());
        assertEquals(3, verification.entries());
        assertEquals(AuditHead.of(chain.get(2)), verification.head());
    }

    @Test
    void aRewrittenEntryIsNamed() {
        List<AuditEntry> chain = chain(4);
        AuditEntry second = chain.get(1);
        chain.set(1, AuditEntry.stored(2, second.getRecordedAt(), "admin", second.getAction(), second.getObjectType(),
                second.getObjectId(), "skipLimit 1000 -> 99999", second.getPreviousSha256(),
                second.getEntrySha256()));
        AuditChain.Verification verification = verify(chain, AuditHead.of(chain.get(3)));
        assertFalse(verification.intact());
        assertEquals(2, verification.firstBreak().orElseThrow().seq());
        assertTrue(verification.firstBreak().orElseThrow().reason().contains("entry 2 was changed"),
                verification.toString());
        assertEquals(4, verification.entries(), "read to the end");
    }

    @Test
    void aRewrittenEntryWithARecomputedDigestBreaksTheNextLink() {
        List<AuditEntry> chain = chain(3);
        AuditEntry second = chain.get(1);
        AuditEntry forged = AuditEntry.after(new AuditHead(1, second.getPreviousSha256()), second.getRecordedAt(),
                "someone", AuditAction.TOLERANCE_CHANGED, "tolerance", "2025", "forged");
        chain.set(1, forged);
        AuditChain.Break found = verify(chain, AuditHead.of(chain.get(2))).firstBreak().orElseThrow();
        assertEquals(3, found.seq(), found.reason());
        assertTrue(found.reason().contains("as the previous digest"), found.reason());
    }

    @Test
    void aRemovedEntryIsNamedAndSoIsATruncatedEnd() {
        List<AuditEntry> chain = chain(4);
        AuditHead head = AuditHead.of(chain.get(3));
        List<AuditEntry> gap = new ArrayList<>(chain);
        gap.remove(2);
        AuditChain.Break missing = verify(gap, head).firstBreak().orElseThrow();
        assertEquals(3, missing.seq());
        assertEquals("entry 3 is missing (the next stored entry is 4)", missing.reason());

        AuditChain.Break truncated = verify(chain.subList(0, 3), head).firstBreak().orElseThrow();
        assertEquals(4, truncated.seq(), truncated.reason());
    }

    @Test
    void entriesAppendedAfterTheHeadWasReadAreCheckedToo() {
        List<AuditEntry> chain = chain(4);
        AuditChain.Verification verification = verify(chain, AuditHead.of(chain.get(1)));
        assertTrue(verification.intact(), verification.toString());
        assertEquals(AuditHead.of(chain.get(3)), verification.head());

        AuditHead forgedHead = new AuditHead(2, chain.get(0).getEntrySha256());
        assertEquals(2, verify(chain, forgedHead).firstBreak().orElseThrow().seq());
    }

    @Test
    void anOverlongDetailIsCutBeforeItIsHashed() {
        AuditEntry entry = AuditEntry.after(AuditHead.EMPTY, AT, "pola", AuditAction.SUBMISSION_UPLOADED,
                "submission", "7", "x".repeat(5_000));
        assertEquals(AuditEntry.MAX_DETAIL, entry.getDetail().length());
        assertTrue(entry.getDetail().endsWith("..."));
        assertEquals(AuditChain.digest(entry), entry.getEntrySha256());
    }

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        AuditHead head = AuditHead.EMPTY;
        for (int i = 0; i < length; i++) {
            AuditEntry entry = AuditEntry.after(head, AT.plusSeconds(i), "admin", AuditAction.TOLERANCE_CHANGED,
                    "tolerance", "2025", "skipLimit 1000 -> " + i);
            chain.add(entry);
            head = AuditHead.of(entry);
        }
        return chain;
    }

    private static AuditChain.Verification verify(List<AuditEntry> entries, AuditHead recorded) {
        AuditChain.Verifier verifier = new AuditChain.Verifier(recorded);
        entries.forEach(verifier::accept);
        return verifier.result();
    }
}
