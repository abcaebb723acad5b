package org.portverify.infrastructure.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portverify.domain.certification.SignedText;
import org.portverify.domain.certification.SigningKey;
import org.portverify.domain.model.Port;

class SealTest {

    private static final SignedText TEXT = new SignedText(Port.POLA, 2026, 3, "ab".repeat(32), 1, "cd".repeat(32),
            "pola-official", Instant.parse("2026-12-07T15:30:00.123456Z"));

    @TempDir
    Path folder;

    @Test
    void aKeyIsMadeOnceKeptPrivateAndReadBackTheSame() throws Exception {
        KeyPair made = Seal.loadOrCreate(folder);
        KeyPair read = Seal.loadOrCreate(folder);
        assertArrayEquals(made.getPublic().getEncoded(), read.getPublic().getEncoded());
        assertArrayEquals(made.getPrivate().getEncoded(), read.getPrivate().getEncoded());
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve("seal-ed25519.pk8"))));
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count(), "the private and the public key, no temporary file left");
        }
    }

    @Test
    void aSignatureVerifiesWithThePublicKeyAloneAndOnlyOverTheSignedText() {
        KeyPair pair = Seal.loadOrCreate(folder);
        String signature = Seal.signature(pair, TEXT.bytes());
        assertEquals(64, Base64.getDecoder().decode(signature).length, "an Ed25519 signature is 64 bytes");
        SigningKey key = new SigningKey(Seal.keyIdOf(pair.getPublic()), Seal.ALGORITHM,
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()), Instant.EPOCH);
        assertTrue(Seal.verifies(key, TEXT.bytes(), signature));

        SignedText otherSigner = new SignedText(Port.POLA, 2026, 3, "ab".repeat(32), 1, "cd".repeat(32),
                "pola-preparer", TEXT.signedAt());
        SignedText otherStatement = new SignedText(Port.POLA, 2026, 3, "ab".repeat(32), 2, "cd".repeat(32),
                "pola-official", TEXT.signedAt());
        assertFalse(Seal.verifies(key, otherSigner.bytes(), signature), "another signer");
        assertFalse(Seal.verifies(key, otherStatement.bytes(), signature), "another statement version");
        assertFalse(Seal.verifies(key, "x".getBytes(StandardCharsets.UTF_8), signature));
        assertFalse(Seal.verifies(key, TEXT.bytes(), "not base64!"), "a damaged signature is invalid, not an error");
    }

    @Test
    void aKeyFromAnotherFolderDoesNotVerify(@TempDir Path other) {
        String signature = Seal.signature(Seal.loadOrCreate(folder), TEXT.bytes());
        KeyPair stranger = Seal.loadOrCreate(other);
        SigningKey key = new SigningKey(Seal.keyIdOf(stranger.getPublic()), Seal.ALGORITHM,
                Base64.getEncoder().encodeToString(stranger.getPublic().getEncoded()), Instant.EPOCH);
        assertFalse(Seal.verifies(key, TEXT.bytes(), signature));
    }
}
