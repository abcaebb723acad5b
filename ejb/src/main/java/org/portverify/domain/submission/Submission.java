package org.portverify.domain.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.GlobalWarmingPotentials;
import org.portverify.domain.model.Port;

/**
 * A port's package for one reporting year, in one version. A resubmission is a new version that supersedes the
 * previous one; nothing accepted is ever overwritten.
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_seq")
    @SequenceGenerator(name = "submission_seq", sequenceName = "submission_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Port port;

    @Column(name = "reporting_year", nullable = false)
    private int reportingYear;

    @Column(nullable = false, length = 32)
    private String edition;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SubmissionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_state", nullable = false, length = 16)
    private ReviewState reviewState = ReviewState.DRAFT;

    /** The reviewer who last took the version up, returned or accepted it. */
    @Column(name = "reviewed_by", length = 128)
    private String reviewedBy;

    /** When a RETURNED version's answer is due. */
    @Column(name = "reply_due")
    private LocalDate replyDue;

    /** SHA-256 over the file digests in file-name order: one fingerprint for the whole package. */
    @Column(name = "package_sha256", nullable = false, length = 64)
    private String packageSha256;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(length = 200)
    private String preparer;

    @Column(length = 200)
    private String contact;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(length = 2000)
    private String note;

    /** The global warming potentials the manifest states its CO2e with; null when it states none. */
    @Enumerated(EnumType.STRING)
    @Column(length = 3)
    private GlobalWarmingPotentials gwp;

    @Column(name = "source_location", length = 1000)
    private String sourceLocation;

    @Column(name = "superseded_by")
    private Long supersededBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PackageFormat format = PackageFormat.FOLDER;

    /** The authenticated submitter of an upload; null for the folder intake. */
    @Column(name = "uploaded_by", length = 100)
    private String uploadedBy;

    /**
     * The execution that ingests this version while it is RECEIVED; a restarted execution takes it over. Written
     * only by the conditional updates of the ingest claim (IngestClaims), never by the entity, so that a version
     * loaded before a claim changed can never write an older holder back.
     */
    @Column(name = "ingest_execution_id", insertable = false, updatable = false)
    private Long ingestExecutionId;

    /** The claim on this version's ingest (null: none); written like {@link #ingestExecutionId}, once at insert. */
    @Enumerated(EnumType.STRING)
    @Column(name = "ingest_state", length = 16, updatable = false)
    private IngestState ingestState;

    @Column(name = "ingest_claimed_at", updatable = false)
    private Instant ingestClaimedAt;

    /** Errors tolerated before this version is rejected as a whole, recorded when its ingest is assigned. */
    @Column(name = "skip_limit")
    private Long skipLimit;

    /** How far the close of this version's ingest got; null before it began (or after an ingest started over). */
    @Enumerated(EnumType.STRING)
    @Column(name = "close_phase", length = 16)
    private ClosePhase closePhase;

    /** When the stored bytes of this refused version were deleted; its findings and digest stay. */
    @Column(name = "package_expired_at")
    private Instant packageExpiredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "submission_file", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderBy("fileName")
    private List<SubmissionFile> files = new ArrayList<>();

    protected Submission() {
    }

    public Submission(Manifest manifest, int version, String packageSha256, List<SubmissionFile> files,
                      String sourceLocation, Instant receivedAt) {
        this.port = manifest.port();
        this.reportingYear = manifest.reportingYear();
        this.edition = manifest.edition();
        this.preparer = manifest.preparer();
        this.contact = manifest.contact();
        this.submittedOn = manifest.submittedOn();
        this.note = manifest.note();
        this.gwp = manifest.gwp();
        this.version = version;
        this.packageSha256 = packageSha256;
        this.files = new ArrayList<>(files);
        this.sourceLocation = sourceLocation;
        this.receivedAt = receivedAt;
        this.status = SubmissionStatus.RECEIVED;
    }

    /**
     * A package refused before its manifest could be trusted (unreadable carrier, bad manifest or header): kept, with
     * its bytes and the reason in its rejected records, but it never counts.
     */
    public static Submission refused(Port port, int reportingYear, int version, String packageSha256,
                                     List<SubmissionFile> files, String sourceLocation, Instant receivedAt) {
        Submission submission = new Submission();
        submission.port = port;
        submission.reportingYear = reportingYear;
        submission.version = version;
        submission.packageSha256 = packageSha256;
        submission.files = new ArrayList<>(files);
        submission.sourceLocation = sourceLocation;
        submission.receivedAt = receivedAt;
        submission.status = SubmissionStatus.REJECTED;
        return submission;
    }

    /** Records how the package arrived: its carrier and, for an upload, who sent it. */
    public void arrivedAs(PackageFormat format, String uploadedBy) {
        this.format = format;
        this.uploadedBy = uploadedBy;
    }

    /**
     * Closes the ingest, all or nothing: more errors (refused records) than {@code skipLimit} reject the whole
     * submission; otherwise it is accepted, with warnings when its validation report is not empty.
     *
     * @return whether it was accepted
     */
    public boolean close(long errors, long warnings, long skipLimit) {
        status = SubmissionStatus.closedWith(errors, warnings, skipLimit);
        return status.isAccepted();
    }

    /** Records that the close reached {@code phase}, committed with what the phase did. */
    public void closeReached(ClosePhase phase) {
        this.closePhase = phase;
    }

    /** How far the close of this version got; null before it began. */
    public ClosePhase getClosePhase() {
        return closePhase;
    }

    public void reject() {
        status = SubmissionStatus.REJECTED;
    }

    /**
     * The port's certifying official certifies this version: only a DRAFT that passed validation and that no later
     * version superseded (PV-4302 otherwise, saying why).
     */
    public void certify() {
        String refusal = !status.isAccepted() ? "its validation outcome is " + status
                : reviewState != ReviewState.DRAFT ? "it is already " + reviewState : null;
        if (refusal != null) {
            throw new RuleViolation(ErrorCode.CERTIFICATION_REFUSED, version, port, reportingYear, refusal);
        }
        reviewState = ReviewState.CERTIFIED;
    }

    /** A package of the regulator's folder intake that passed validation is filed: it feeds runs uncertified. */
    public void file() {
        reviewState = ReviewState.FILED;
    }

    /** A reviewer takes up a CERTIFIED version (PV-4308 otherwise). */
    public void takeUpForReview(String reviewer) {
        require(ReviewState.CERTIFIED, "taken up for review");
        reviewState = ReviewState.IN_REVIEW;
        reviewedBy = reviewer;
    }

    /** The reviewer returns a version IN_REVIEW to the port, its answer due on {@code due} (PV-4308 otherwise). */
    public void returnToPort(String reviewer, LocalDate due) {
        require(ReviewState.IN_REVIEW, "returned");
        reviewState = ReviewState.RETURNED;
        reviewedBy = reviewer;
        replyDue = due;
    }

    /** The reviewer accepts a version IN_REVIEW: from now on it feeds the year's runs (PV-4308 otherwise). */
    public void acceptAfterReview(String reviewer) {
        require(ReviewState.IN_REVIEW, "accepted");
        reviewState = ReviewState.ACCEPTED;
        reviewedBy = reviewer;
        replyDue = null;
    }

    private void require(ReviewState expected, String what) {
        if (reviewState != expected || !status.isAccepted()) {
            throw new RuleViolation(ErrorCode.REVIEW_REFUSED, version, port, reportingYear, what,
                    status.isAccepted() ? reviewState + ", not " + expected : "its validation outcome is " + status);
        }
    }

    /** Whether the version feeds the year's runs: accepted on validation and by the review (or filed). */
    public boolean feedsRuns() {
        return status.isAccepted() && reviewState.feedsRuns();
    }

    public ReviewState getReviewState() {
        return reviewState;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public LocalDate getReplyDue() {
        return replyDue;
    }

    public void supersedeBy(Submission newer) {
        status = SubmissionStatus.SUPERSEDED;
        supersededBy = newer.getId();
    }

    /**
     * An upload registers its version with the ingest it is about to launch claimed, so that nothing else (the
     * annual run, a second upload) takes it meanwhile. Only before the version is first stored.
     */
    public void launching(Instant at) {
        if (id != null) {
            throw new IllegalStateException("the claim of a stored version changes only by a conditional update");
        }
        this.ingestState = IngestState.LAUNCHING;
        this.ingestClaimedAt = at;
    }

    /**
     * Records the errors tolerated before this version is rejected as a whole. The first tolerance recorded stays,
     * so a version is judged by one limit however often its ingest restarts.
     */
    public void judgeWith(long skipLimit) {
        if (this.skipLimit == null) {
            this.skipLimit = skipLimit;
        }
    }

    /**
     * Whether this version's stored package may be deleted at {@code now}: only a REJECTED upload, received more
     * than {@code retention} before; accepted (and superseded) versions are kept forever for the auditors.
     */
    public boolean packageExpiresAt(Instant now, java.time.Duration retention) {
        return status == SubmissionStatus.REJECTED && packageExpiredAt == null && uploadedBy != null
                && receivedAt.plus(retention).isBefore(now);
    }

    public void packageExpired(Instant at) {
        this.packageExpiredAt = at;
    }

    public Instant getPackageExpiredAt() {
        return packageExpiredAt;
    }

    public Long getIngestExecutionId() {
        return ingestExecutionId;
    }

    /** The claim on this version's ingest as it was read; null when nobody claimed it. */
    public IngestState getIngestState() {
        return ingestState;
    }

    /** The errors tolerated; versions closed before V9 recorded none and were judged with the default. */
    public long getSkipLimit() {
        return skipLimit == null ? ErrorTolerance.DEFAULT_SKIP_LIMIT : skipLimit;
    }

    public Long getId() {
        return id;
    }

    public Port getPort() {
        return port;
    }

    public int getReportingYear() {
        return reportingYear;
    }

    public String getEdition() {
        return edition;
    }

    public int getVersion() {
        return version;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public String getPackageSha256() {
        return packageSha256;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getPreparer() {
        return preparer;
    }

    public String getContact() {
        return contact;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public String getNote() {
        return note;
    }

    /** The global warming potentials the manifest states, or null. */
    public GlobalWarmingPotentials getGwp() {
        return gwp;
    }

    public String getSourceLocation() {
        return sourceLocation;
    }

    public Long getSupersededBy() {
        return supersededBy;
    }

    public PackageFormat getFormat() {
        return format;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public List<SubmissionFile> getFiles() {
        return List.copyOf(files);
    }
}
