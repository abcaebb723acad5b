package org.portverify.domain.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Named values written so that no value can pass for another whatever it contains: each as
 * {@code name=<length>:<value>} and a line feed, the length counted in UTF-16 units (Java's {@code String.length()}).
 * The text an audit entry's digest and a certification's signature are taken of (UTF-8).
 */
public final class CanonicalText {

    private final StringBuilder text = new StringBuilder();

    public CanonicalText field(String name, String value) {
        text.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
        return this;
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** SHA-256 of the text's UTF-8 bytes, lower-case hex. */
    public String sha256() {
        return sha256(bytes());
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** SHA-256 (the JDK's) of {@code bytes}, lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
