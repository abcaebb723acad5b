package org.portverify.reports;

import java.util.Objects;

/**
 * A submission version the run used, display-ready.
 *
 * @param port e.g. "POLA"
 * @param version e.g. "v2"
 * @param edition the inventory edition
 * @param submittedOn the date the port states, e.g. "2026-03-02"
 * @param status e.g. "Accepted"
 * @param received e.g. "CSV folder" or "ZIP upload by pola"
 * @param packageSha256 the package's SHA-256, 64 hex characters
 */
public record SubmissionRow(String port, String version, String edition, String submittedOn, String status, String received, String packageSha256) {

    public SubmissionRow {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(packageSha256, "packageSha256");
    }
}
