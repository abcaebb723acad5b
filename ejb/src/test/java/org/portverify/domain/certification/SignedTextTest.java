package org.portverify.domain.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.portverify.domain.model.CanonicalText;
import org.portverify.domain.model.Port;

class SignedTextTest {

    @Test
    void everyCertifiedFactIsInTheTextLengthPrefixedAndTheTimeKeptToTheMillisecond() {
        SignedText text = new SignedText(Port.POLB, 2026, 12, "a".repeat(64), 1, "b".repeat(64), "polb-official",
                Instant.parse("2026-12-07T15:30:00.123456789Z"));
        assertEquals("purpose=27:portverify-certification-v1\nport=4:POLB\nreportingYear=4:2026\nversion=2:12\n"
                + "packageSha256=64:" + "a".repeat(64) + "\nstatementVersion=1:1\nstatementSha256=64:" + "b".repeat(64)
                + "\nsigner=13:polb-official\nsignedAt=24:2026-12-07T15:30:00.123Z\n", text.canonical().toString());
    }

    @Test
    void aSignerNameCannotPassForAnotherField() {
        // Without the lengths, a signer "x\nsignedAt=..." could forge the line after it.
        Instant at = Instant.parse("2026-12-07T15:30:00Z");
        SignedText honest = new SignedText(Port.POLA, 2026, 1, "a".repeat(64), 1, "b".repeat(64), "x", at);
        SignedText forged = new SignedText(Port.POLA, 2026, 1, "a".repeat(64), 1, "b".repeat(64),
                "x\nsignedAt=20:2026-12-07T15:30:00Z", at);
        assertNotEquals(honest.canonical().sha256(), forged.canonical().sha256());
    }

    @Test
    void theStatementsDigestIsTheSha256OfItsText() {
        CertificationStatement statement = new CertificationStatement(1, "abc", "admin", Instant.EPOCH);
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", statement.sha256());
        assertEquals(2, statement.next("abcd", "admin", Instant.EPOCH).getVersion());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                CanonicalText.sha256("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aCopyOfRecordMayBeDisputedToTheEndOfItsLastDayAndIsKeptOnce() {
        SignedText text = new SignedText(Port.POLA, 2026, 1, "a".repeat(64), 1, "b".repeat(64), "pola-official",
                Instant.parse("2026-12-07T15:30:00Z"));
        Certification certification = new Certification(7, text, "k".repeat(64), "sig", 42, "c".repeat(64),
                java.time.LocalDate.of(2027, 1, 6), "0.1.0");
        org.junit.jupiter.api.Assertions.assertTrue(certification.disputableOn(java.time.LocalDate.of(2027, 1, 6)));
        org.junit.jupiter.api.Assertions.assertFalse(certification.disputableOn(java.time.LocalDate.of(2027, 1, 7)));
        certification.keptAs("d".repeat(64));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> certification.keptAs("e".repeat(64)));
        assertEquals("d".repeat(64), certification.getReceiptSha256());
    }
}
