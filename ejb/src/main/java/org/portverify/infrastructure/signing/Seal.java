package org.portverify.infrastructure.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.portverify.domain.certification.SigningKey;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.CanonicalText;

/**
 * The server's seal: an Ed25519 key pair (the JDK's) that signs what a certifying official certified. The private key
 * is made on first use and kept, readable by the server's user only, in {@code portverify.seal.dir} (default
 * {@code <jboss.server.data.dir>/portverify/seal}); its public key goes into the database ({@link SigningKey}), where
 * anyone can verify a signature with it. Losing the folder only means a new key for new certifications.
 */
@ApplicationScoped
public class Seal {

    public static final String ALGORITHM = "Ed25519";
    public static final String DIR_PROPERTY = "portverify.seal.dir";
    private static final String KEY_FILE = "seal-ed25519.pk8";
    private static final String PUBLIC_KEY_FILE = "seal-ed25519.x509";

    /** A signature and the key that made it. */
    public record Signed(String keyId, String signature) {
    }

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    private KeyPair keys;
    private String keyId;

    /** Signs {@code text} with the seal's private key, its public key registered first (in the caller's transaction). */
    public Signed sign(byte[] text) {
        KeyPair pair = keys();
        if (em.find(SigningKey.class, keyId) == null) {
            em.persist(new SigningKey(keyId, ALGORITHM,
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()), Instant.now()));
        }
        return new Signed(keyId, signature(pair, text));
    }

    /** {@code pair}'s signature of {@code text}, Base64. */
    static String signature(KeyPair pair, byte[] text) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(pair.getPrivate());
            signer.update(text);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new RuleViolation(ErrorCode.SEAL_UNAVAILABLE, e.toString());
        }
    }

    /** Whether {@code signature} (Base64) is {@code key}'s signature of {@code text}: what anyone can check. */
    public static boolean verifies(SigningKey key, byte[] text, String signature) {
        try {
            PublicKey publicKey = KeyFactory.getInstance(key.getAlgorithm())
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.getPublicKey())));
            Signature verifier = Signature.getInstance(key.getAlgorithm());
            verifier.initVerify(publicKey);
            verifier.update(text);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The id of a public key: SHA-256 of its X.509 encoding. */
    public static String keyIdOf(PublicKey key) {
        return CanonicalText.sha256(key.getEncoded());
    }

    private synchronized KeyPair keys() {
        if (keys == null) {
            keys = loadOrCreate(folder());
            keyId = keyIdOf(keys.getPublic());
        }
        return keys;
    }

    /**
     * The key pair kept in {@code folder}, made first if there is none: the public key (X.509) and the private key
     * (PKCS#8), each written to a private temporary file and moved into place, the private one last, so that a crash
     * never leaves a private key without its public key.
     */
    static KeyPair loadOrCreate(Path folder) {
        Path privateFile = folder.resolve(KEY_FILE);
        Path publicFile = folder.resolve(PUBLIC_KEY_FILE);
        try {
            if (!Files.exists(privateFile)) {
                Files.createDirectories(folder);
                KeyPair fresh = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
                Files.move(writePrivate(folder, fresh.getPublic().getEncoded()), publicFile,
                        StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Files.move(writePrivate(folder, fresh.getPrivate().getEncoded()), privateFile,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile))));
        } catch (IOException | GeneralSecurityException e) {
            throw new RuleViolation(ErrorCode.SEAL_UNAVAILABLE, privateFile + ": " + e);
        }
    }

    /** A new file only the server's user can read, holding {@code bytes}. */
    private static Path writePrivate(Path folder, byte[] bytes) throws IOException {
        Path file;
        try {
            file = Files.createTempFile(folder, "seal-", ".part",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            file = Files.createTempFile(folder, "seal-", ".part");
        }
        return Files.write(file, bytes);
    }

    private static Path folder() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "portverify",
                "seal");
    }
}
