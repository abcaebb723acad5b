package org.portverify.domain.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One file of a submission package with the SHA-256 of its bytes as received. */
@Embeddable
public class SubmissionFile {

    @Column(name = "file_name", nullable = false, length = 100)
    private String fileName;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    protected SubmissionFile() {
    }

    public SubmissionFile(String fileName, String sha256, long sizeBytes) {
        this.fileName = fileName;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
    }

    public String fileName() {
        return fileName;
    }

    public String sha256() {
        return sha256;
    }

    public long sizeBytes() {
        return sizeBytes;
    }
}
