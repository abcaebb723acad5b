package org.portverify.domain.agreement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One milestone a port reports under the agreement, exactly as accepted, with the submission and line it came from.
 * Whether it is late follows from its dates; whether a late milestone is a default also depends on
 * {@link #isWithinPortControl()} and its flexibility reference.
 */
@Entity
@Table(name = "milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "milestone_seq")
    @SequenceGenerator(name = "milestone_seq", sequenceName = "milestone_seq", allocationSize = 50)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(nullable = false)
    private int phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AgreementCategory category;

    /** The port's own identifier, unique within one submission. */
    @Column(name = "milestone_id", nullable = false, length = 64)
    private String milestoneId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MilestoneKind kind;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "completed_date")
    private LocalDate completedDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MilestoneStatus status;

    @Column(name = "within_port_control", nullable = false)
    private boolean withinPortControl;

    @Column(name = "flexibility_ref", length = 500)
    private String flexibilityRef;

    @Column(name = "evidence_ref", length = 500)
    private String evidenceRef;

    @Column(name = "source_line", nullable = false)
    private long sourceLine;

    protected Milestone() {
    }

    public Milestone(long submissionId, AgreementCategory category, String milestoneId, MilestoneKind kind,
                     String title, LocalDate dueDate, LocalDate completedDate, MilestoneStatus status,
                     boolean withinPortControl, String flexibilityRef, String evidenceRef, long sourceLine) {
        this.submissionId = submissionId;
        this.phase = category.phase().number();
        this.category = category;
        this.milestoneId = milestoneId;
        this.kind = kind;
        this.title = title;
        this.dueDate = dueDate;
        this.completedDate = completedDate;
        this.status = status;
        this.withinPortControl = withinPortControl;
        this.flexibilityRef = flexibilityRef;
        this.evidenceRef = evidenceRef;
        this.sourceLine = sourceLine;
    }

    /**
     * Late as of a date: completed after its due date, or not completed although its due date has come. A milestone
     * due on {@code asOf} itself counts as late when not completed: {@code asOf} is read as the end of that day.
     */
    public static boolean isLate(LocalDate dueDate, LocalDate completedDate, LocalDate asOf) {
        return completedDate != null ? completedDate.isAfter(dueDate) : !dueDate.isAfter(asOf);
    }

    public boolean isLateAt(LocalDate asOf) {
        return isLate(dueDate, completedDate, asOf);
    }

    public Long getId() {
        return id;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public AgreementPhase getPhase() {
        return AgreementPhase.values()[phase - 1];
    }

    public AgreementCategory getCategory() {
        return category;
    }

    public String getMilestoneId() {
        return milestoneId;
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getCompletedDate() {
        return completedDate;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public boolean isWithinPortControl() {
        return withinPortControl;
    }

    public String getFlexibilityRef() {
        return flexibilityRef;
    }

    public String getEvidenceRef() {
        return evidenceRef;
    }

    public long getSourceLine() {
        return sourceLine;
    }
}
