package org.portverify.domain.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One execution of {@code annual-verification}: its parameters and the submission versions it used, pinned so that
 * an auditor can re-run it on exactly the same inputs.
 */
@Entity
@Table(name = "verification_run")
public class VerificationRun {

    @Id
    @Column(name = "execution_id")
    private long executionId;

    @Column(name = "reporting_year", nullable = false)
    private int reportingYear;

    @Column(name = "as_of_date", nullable = false)
    private LocalDate asOfDate;

    /** The agreement rules version the run evaluated compliance with, so an old run re-verifies with its own. */
    @Column(name = "rules_version", length = 32)
    private String rulesVersion;

    /** The ports whose submission the run lacked, each with its PV code, one per line; null when both filed. */
    @Column(name = "missing_submissions", length = 2000)
    private String missingSubmissions;

    /** On the re-run of a re-verification: the execution it re-verifies, whose identity its report carries. */
    @Column(name = "reverifies_execution_id")
    private Long reverifiesExecutionId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "run_submission", joinColumns = @JoinColumn(name = "execution_id"))
    @OrderColumn(name = "position")
    @Column(name = "submission_id")
    private List<Long> submissionIds = new ArrayList<>();

    protected VerificationRun() {
    }

    public VerificationRun(long executionId, int reportingYear, LocalDate asOfDate) {
        this.executionId = executionId;
        this.reportingYear = reportingYear;
        this.asOfDate = asOfDate;
    }

    /** Pins the submissions whose figures this run's metrics were computed from. */
    public void pinInputs(List<Long> submissions) {
        submissionIds.clear();
        submissionIds.addAll(submissions);
    }

    /** Records why a port's figures are absent, so that the history and the report can say it. */
    public void missing(List<String> reasons) {
        missingSubmissions = reasons.isEmpty() ? null : String.join("\n", reasons);
    }

    public List<String> getMissingSubmissions() {
        return missingSubmissions == null ? List.of() : List.of(missingSubmissions.split("\n"));
    }

    /** Marks this run as the re-run of {@code originalExecutionId}. */
    public void reverifies(long originalExecutionId) {
        this.reverifiesExecutionId = originalExecutionId;
    }

    public Long getReverifiesExecutionId() {
        return reverifiesExecutionId;
    }

    /**
     * The execution whose report this run renders: its own, or for a re-run the original's, so that a faithful
     * re-run reproduces the original PDF byte for byte.
     */
    public long reportedExecutionId() {
        return reverifiesExecutionId != null ? reverifiesExecutionId : executionId;
    }

    public void evaluatedWith(String rulesVersion) {
        this.rulesVersion = rulesVersion;
    }

    public String getRulesVersion() {
        return rulesVersion;
    }

    public long getExecutionId() {
        return executionId;
    }

    public int getReportingYear() {
        return reportingYear;
    }

    public LocalDate getAsOfDate() {
        return asOfDate;
    }

    public List<Long> getSubmissionIds() {
        return List.copyOf(submissionIds);
    }
}
