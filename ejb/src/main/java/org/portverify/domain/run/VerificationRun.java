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
