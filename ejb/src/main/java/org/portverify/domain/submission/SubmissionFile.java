package org.portverify.domain.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/** One file of a submission package with the SHA-256 of its bytes as received. */
@Embeddable
public class SubmissionFile {

    /** The longest file name a package may carry (the column's length). */
    public static final int FILE_NAME_MAX = 100;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    protected SubmissionFile() {
    }

    /** The name of an uploaded package, refused (PV-1081) when it is longer than {@link #FILE_NAME_MAX}. */
    public static String checkedName(String fileName) {
        if (fileName.length() > FILE_NAME_MAX) {
            throw new RuleViolation(ErrorCode.FILE_NAME_TOO_LONG, fileName.substring(0, 40) + "...",
                    fileName.length(), FILE_NAME_MAX);
        }
        return fileName;
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
