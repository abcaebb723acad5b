package org.portverify.domain.run;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The guard of the scheduled annual run: one row per reporting year and rules version, unique in the database, so
 * the verification of a year starts once whichever trigger (timer, test, second node) comes first.
 */
@Entity
@Table(name = "scheduled_run")
public class ScheduledRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduled_run_seq")
    @SequenceGenerator(name = "scheduled_run_seq", sequenceName = "scheduled_run_seq", allocationSize = 1)
    private Long id;

    @Column(name = "reporting_year", nullable = false)
    private int reportingYear;

    @Column(name = "rules_version", nullable = false, length = 32)
    private String rulesVersion;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "missing_submissions", length = 2000)
    private String missingSubmissions;

    protected ScheduledRun() {
    }

    public ScheduledRun(int reportingYear, String rulesVersion, Instant startedAt, String startedBy,
                        List<String> missing) {
        this.reportingYear = reportingYear;
        this.rulesVersion = rulesVersion;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
        this.missingSubmissions = missing.isEmpty() ? null : String.join("\n", missing);
    }

    public void started(long executionId) {
        this.executionId = executionId;
    }

    public Long getId() {
        return id;
    }

    public int getReportingYear() {
        return reportingYear;
    }

    public String getRulesVersion() {
        return rulesVersion;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public List<String> getMissingSubmissions() {
        return missingSubmissions == null ? List.of() : List.of(missingSubmissions.split("\n"));
    }
}
