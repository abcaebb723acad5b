package org.portverify.reports;

import java.util.Objects;

/**
 * An input file the figures were computed from, with its SHA-256.
 *
 * @param port   the port the file came from
 * @param file   the file name as received
 * @param sha256 the file's SHA-256, 64 hex characters
 */
public record InputDigest(String port, String file, String sha256) {

    public InputDigest {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
    }
}
