package org.portverify.domain.submission;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * One message of a version's review: a reviewer's comment on the package or on one finding (file, line, code), or the
 * port's answer. Kept as written, never changed or removed.
 */
@Entity
@Table(name = "review_comment")
public class ReviewComment {

    /** Who wrote it: the regulator's reviewer or the port. */
    public enum Side {
        REGULATOR, PORT
    }

    public static final int MAX_CHARS = 4000;
    private static final int MAX_FILE_CHARS = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_comment_seq")
    @SequenceGenerator(name = "review_comment_seq", sequenceName = "review_comment_seq", allocationSize = 1)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(nullable = false, length = 128)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Side side;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "body", nullable = false, length = MAX_CHARS)
    private String text;

    @Column(name = "file_name", length = MAX_FILE_CHARS)
    private String fileName;

    @Column(name = "line_number")
    private Long line;

    @Column(length = 16)
    private String code;

    protected ReviewComment() {
    }

    /**
     * A comment, refused with PV-4310 when its text is empty or too long, or when it points at a finding badly (a
     * line or code without a file, a line below 1, a code that is no {@code PV-nnnn}).
     */
    public static ReviewComment write(long submissionId, String author, Side side, Instant at, String text,
                                      String fileName, Long line, String code) {
        String refusal = text == null || text.isBlank() ? "its text is empty"
                : text.length() > MAX_CHARS ? "its text has " + text.length() + " characters, more than " + MAX_CHARS
                : fileName != null && (fileName.isBlank() || fileName.length() > MAX_FILE_CHARS)
                        ? "the file name must have 1 to " + MAX_FILE_CHARS + " characters"
                : fileName == null && (line != null || code != null) ? "a line or a code needs the file it is in"
                : line != null && line < 1 ? "the line must be 1 or more, got " + line
                : code != null && !code.matches("PV-[0-9]{4}") ? "the code must be a PV-nnnn code, got '" + code + "'"
                : null;
        if (refusal != null) {
            throw new RuleViolation(ErrorCode.COMMENT_INVALID, refusal);
        }
        ReviewComment comment = new ReviewComment();
        comment.submissionId = submissionId;
        comment.author = author;
        comment.side = side;
        comment.writtenAt = at.truncatedTo(ChronoUnit.MILLIS);
        comment.text = text;
        comment.fileName = fileName;
        comment.line = line;
        comment.code = code;
        return comment;
    }

    public Long getId() {
        return id;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public String getAuthor() {
        return author;
    }

    public Side getSide() {
        return side;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }

    public String getFileName() {
        return fileName;
    }

    public Long getLine() {
        return line;
    }

    public String getCode() {
        return code;
    }
}
