package org.portverify.domain.run;

import java.time.Instant;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An auditor's request to re-run a past verification on its pinned inputs, and what the comparison of the re-run
 * with the original found: {@link ReverificationStatus#MATCH}, or {@link ReverificationStatus#MISMATCH} with every
 * {@link Difference}.
 */
@Entity
@Table(name = "reverification")
public class Reverification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reverification_seq")
    @SequenceGenerator(name = "reverification_seq", sequenceName = "reverification_seq", allocationSize = 1)
    private Long id;

    @Column(name = "original_execution_id", nullable = false)
    private long originalExecutionId;

    @Column(name = "rerun_execution_id")
    private Long rerunExecutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReverificationStatus status;

    @Column(name = "requested_by", nullable = false, length = 128)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(length = 1000)
    private String failure;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reverification_difference", joinColumns = @JoinColumn(name = "reverification_id"))
    @OrderColumn(name = "position")
    private List<Difference> differences = new ArrayList<>();

    protected Reverification() {
    }

    public Reverification(long originalExecutionId, String requestedBy, Instant requestedAt) {
        this.originalExecutionId = originalExecutionId;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = ReverificationStatus.RUNNING;
    }

    public void rerunAs(long executionId) {
        this.rerunExecutionId = executionId;
    }

    /** Records the comparison: no difference is a MATCH, any difference a MISMATCH. */
    public void compared(List<Difference> found, Instant at) {
        differences.clear();
        differences.addAll(found);
        status = found.isEmpty() ? ReverificationStatus.MATCH : ReverificationStatus.MISMATCH;
        completedAt = at;
    }

    /** The re-run did not complete; nothing was compared. */
    public void failed(String reason, Instant at) {
        status = ReverificationStatus.FAILED;
        failure = reason;
        completedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getOriginalExecutionId() {
        return originalExecutionId;
    }

    public Long getRerunExecutionId() {
        return rerunExecutionId;
    }

    public ReverificationStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getFailure() {
        return failure;
    }

    public List<Difference> getDifferences() {
        return List.copyOf(differences);
    }
}
