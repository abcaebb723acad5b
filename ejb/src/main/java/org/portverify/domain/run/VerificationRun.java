package org.portverify.domain.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.EnumType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.portverify.domain.audit.AuditHead;
import org.portverify.domain.metrics.goals.GhgReferences;
import org.portverify.domain.metrics.progress.ProgressSettings;
import org.portverify.domain.metrics.trend.TrendWindow;
import org.portverify.domain.model.Port;
import org.portverify.domain.run.RunSettings.GhgReferenceText;
import org.portverify.domain.run.RunSettings.Reverifying;
import org.portverify.domain.verification.Materiality;
import org.portverify.reports.PaperSize;
import org.portverify.reports.ReportConformance;
import org.portverify.reports.ReportStatus;

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

    // The settings its CAAP progress was computed with (compute-metrics), so a re-verification reproduces it.

    /** The 1990 GHG references as given, e.g. "POLA:1234567.8,POLB:2345678.9"; null when none was configured. */
    @Column(name = "ghg_reference_1990", length = 1000)
    private String ghgReference1990;

    /** Where that text came from: the job parameter or the server's system property. */
    @Column(name = "ghg_reference_source", length = 200)
    private String ghgReferenceSource;

    /** The trend window's ends (a run that recorded none: the default window of its reporting year). */
    @Column(name = "trend_first_year")
    private Integer trendFirstYear;

    @Column(name = "trend_last_year")
    private Integer trendLastYear;

    @Column(name = "baseline_tolerance", precision = 12, scale = 9)
    private BigDecimal baselineTolerance;

    /** As {@link Materiality#text()} writes it; null for a run from before claims were compared (V19). */
    @Column(length = 32)
    private String materiality;

    // The rest of the run's settings (RunSettings), recorded when it opens; null on runs recorded before V9.

    @Column(name = "submissions_dir", length = 1000)
    private String submissionsDir;

    @Column(name = "item_count")
    private Integer itemCount;

    @Column(name = "skip_limit")
    private Long skipLimit;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_conformance", length = 16)
    private ReportConformance reportConformance;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_status", length = 16)
    private ReportStatus reportStatus;

    /** Null for a run from before the paper was a setting (V21): its report was laid out on A4. */
    @Enumerated(EnumType.STRING)
    @Column(name = "paper_size", length = 8)
    private PaperSize paperSize;

    /** On the re-run of a re-verification: the re-verification it completes. */
    @Column(name = "reverification_id")
    private Long reverificationId;

    /** Each port's previous edition (the submission its 2005 baseline was compared with), when there was one. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "run_previous_edition", joinColumns = @JoinColumn(name = "execution_id"))
    @MapKeyColumn(name = "port", length = 8)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "submission_id")
    private Map<Port, Long> previousEditions = new HashMap<>();

    /**
     * The audit trail's head when the run's report was rendered (V14): the report prints it, so a later rewrite of
     * the trail disagrees with a PDF already handed out. A re-run keeps the original's, to reproduce its bytes.
     */
    @Column(name = "audit_head_seq")
    private Long auditHeadSeq;

    @Column(name = "audit_head_sha256", length = 64)
    private String auditHeadSha256;

    /** The reporting year's submission deadline when the run opened (V15); null when none was set. */
    @Column(name = "submission_deadline")
    private LocalDate submissionDeadline;

    protected VerificationRun() {
    }

    public VerificationRun(long executionId, int reportingYear, LocalDate asOfDate) {
        this.executionId = executionId;
        this.reportingYear = reportingYear;
        this.asOfDate = asOfDate;
    }

    /**
     * Opens the run of {@code executionId} with its settings, the one record every step reads them from. A re-run
     * pins the original's submission versions and rules version now, and compares baselines with the same previous
     * editions as the original did, whatever was accepted since.
     */
    public static VerificationRun open(long executionId, RunSettings settings, VerificationRun original) {
        VerificationRun run = new VerificationRun(executionId, settings.reportingYear(), settings.asOfDate());
        run.submissionsDir = settings.submissionsDir();
        run.itemCount = settings.itemCount();
        run.skipLimit = settings.skipLimit();
        run.ghgReference1990 = settings.ghgReference().text();
        run.ghgReferenceSource = settings.ghgReference().source();
        run.trendFirstYear = settings.trendWindow().fromYear();
        run.trendLastYear = settings.trendWindow().toYear();
        run.baselineTolerance = settings.baselineTolerance();
        run.reportConformance = settings.reportConformance();
        run.reportStatus = settings.reportStatus();
        run.paperSize = settings.paperSize();
        run.materiality = settings.materiality().text();
        Reverifying reverifying = settings.reverifying();
        if (reverifying != null) {
            if (original == null || original.executionId != reverifying.originalExecutionId()) {
                throw new IllegalArgumentException("a re-run needs the run it re-verifies");
            }
            run.reverifiesExecutionId = reverifying.originalExecutionId();
            run.reverificationId = reverifying.reverificationId();
            run.rulesVersion = reverifying.rulesVersion();
            run.submissionIds.addAll(reverifying.pinnedSubmissions());
            run.previousEditions.putAll(original.previousEditions);
            run.auditHeadSeq = original.auditHeadSeq;
            run.auditHeadSha256 = original.auditHeadSha256;
            run.submissionDeadline = original.submissionDeadline;
        }
        return run;
    }

    /** Records the deadline the run's inputs are judged late by; a re-run keeps the original's. */
    public void judgeLatenessBy(LocalDate dueDate) {
        if (reverifiesExecutionId == null) {
            submissionDeadline = dueDate;
        }
    }

    /** The submission deadline recorded when the run opened, if the year had one. */
    public Optional<LocalDate> submissionDeadline() {
        return Optional.ofNullable(submissionDeadline);
    }

    /** The audit head its report prints; empty for a run from before the audit trail (and its re-runs). */
    public Optional<AuditHead> reportedAuditHead() {
        return auditHeadSeq == null ? Optional.empty() : Optional.of(new AuditHead(auditHeadSeq, auditHeadSha256));
    }

    /** Records the audit head at the time of the report, once; a re-run keeps the original's. */
    public void reportAuditHead(AuditHead head) {
        if (reverifiesExecutionId == null && auditHeadSeq == null) {
            auditHeadSeq = head.lastSeq();
            auditHeadSha256 = head.lastSha256();
        }
    }

    /**
     * The settings recorded when the run opened. A run recorded before they all were (V9) gets the defaults for
     * what it lacks, as it ran with them.
     */
    public RunSettings settings() {
        ProgressSettings progress = progressSettings();
        Reverifying reverifying = reverifiesExecutionId == null ? null
                : new Reverifying(reverifiesExecutionId, reverificationId == null ? 0 : reverificationId,
                submissionIds, rulesVersion);
        return new RunSettings(reportingYear, asOfDate, submissionsDir,
                itemCount == null ? RunSettings.DEFAULT_ITEM_COUNT : itemCount,
                skipLimit == null ? RunSettings.DEFAULT_SKIP_LIMIT : skipLimit,
                new GhgReferenceText(ghgReference1990, ghgReferenceSource), progress.trendWindow(),
                progress.baselineTolerance(), reportConformance == null ? ReportConformance.TAGGED : reportConformance,
                reportStatus == null ? ReportStatus.DRAFT : reportStatus,
                paperSize == null ? PaperSize.A4 : paperSize,
                materiality == null ? Materiality.DEFAULT : Materiality.parse(materiality), reverifying);
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

    /** Records each port's previous edition, the submission its 2005 baseline was compared with. */
    public void comparedBaselinesWith(Map<Port, Long> previousEditionIds) {
        previousEditions.clear();
        previousEditions.putAll(previousEditionIds);
    }

    /** The progress settings recorded when the run opened; the defaults for a run that recorded none. */
    public ProgressSettings progressSettings() {
        GhgReferences references = GhgReferences.parse(ghgReference1990, ghgReferenceSource);
        ProgressSettings defaults = ProgressSettings.defaultsFor(reportingYear);
        TrendWindow window = trendFirstYear == null ? defaults.trendWindow()
                : new TrendWindow(trendFirstYear, trendLastYear);
        return new ProgressSettings(references, window, baselineTolerance == null ? defaults.baselineTolerance()
                : baselineTolerance.stripTrailingZeros());
    }

    public String getGhgReference1990() {
        return ghgReference1990;
    }

    public String getGhgReferenceSource() {
        return ghgReferenceSource;
    }

    /** The submission id of each port's previous edition that the run compared baselines with. */
    public Map<Port, Long> getPreviousEditions() {
        Map<Port, Long> copy = new EnumMap<>(Port.class);
        copy.putAll(previousEditions);
        return copy;
    }
}
