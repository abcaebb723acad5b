package org.portverify.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.submission.SubmissionFile;

/**
 * A file as a port delivered it, fingerprinted with SHA-256. Digests are computed by streaming, never by loading a
 * file, so a package of any size is digested in constant memory.
 */
final class ReceivedFile {

    private ReceivedFile() {
    }

    /** The file under the name it is recorded with, its SHA-256 and its size. */
    static SubmissionFile of(String fileName, Path file) {
        return new SubmissionFile(fileName, sha256(file), size(file));
    }

    static String sha256(Path file) {
        MessageDigest digest = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new RuleViolation(ErrorCode.FILE_UNREADABLE, file.getFileName(), e.getMessage());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new RuleViolation(ErrorCode.FILE_UNREADABLE, file.getFileName(), e.getMessage());
        }
    }
}
