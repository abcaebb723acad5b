package org.portverify.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.portverify.domain.agreement.compliance.ComplianceItem;
import org.portverify.domain.agreement.compliance.DefaultsLedger;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.metrics.MetricKey;
import org.portverify.domain.metrics.Percentages;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.goals.CaapTarget;
import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.goals.ZeroEmissionShare;
import org.portverify.domain.metrics.goals.ZeroEmissionShares;
import org.portverify.domain.metrics.qa.QaFlag;
import org.portverify.domain.metrics.trend.Goal;
import org.portverify.domain.metrics.trend.GoalProjection;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.metrics.trend.TrendLine;
import org.portverify.domain.metrics.trend.TrendMethod;
import org.portverify.domain.metrics.trend.TrendOptions;
import org.portverify.domain.metrics.trend.TrendStatus;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.PackageFormat;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.run.VerificationRun;
import org.portverify.domain.submission.RejectedRecord;
import org.portverify.domain.submission.Submission;
import org.portverify.infrastructure.files.SubmissionFolder;
import org.portverify.reports.BoardReportModel;
import org.portverify.reports.CategoryRow;
import org.portverify.reports.ProjectionRow;
import org.portverify.reports.QaFlagRow;
import org.portverify.reports.ReportConformance;
import org.portverify.reports.ReportStatus;
import org.portverify.reports.StandardRow;
import org.portverify.reports.SubmissionRow;
import org.portverify.reports.ZeroEmissionRow;
import org.portverify.reports.DefaultRow;
import org.portverify.reports.InputDigest;
import org.portverify.reports.MilestoneStatusRow;
import org.portverify.reports.PenaltyTotalRow;
import org.portverify.reports.ReductionRow;
import org.portverify.reports.RejectedRecordRow;
import org.portverify.reports.TrendRow;

/**
 * Turns a run's stored metrics and inputs into the report model: which rows the board sees, in which order, with the
 * display rounding of the domain. Only stored values are used, so a re-render gives the same content.
 *
 * <p>Public for the report benchmark (test sources), which fills a model of a generated run.
 */
public final class BoardReportContent {

    /** The key pollutants of the standards, the charts and the projections. */
    static final List<Pollutant> KEY_POLLUTANTS = List.of(Pollutant.DPM, Pollutant.NOX, Pollutant.SOX);
    /** Category rows: all categories first, then each source category. */
    private static final List<SourceCategory> CATEGORY_ORDER = Arrays.asList(null, SourceCategory.OGV,
            SourceCategory.HARBOR_CRAFT, SourceCategory.CHE, SourceCategory.LOCOMOTIVE, SourceCategory.HDV);

    /**
     * What {@link ProgressReview} derives from the run: the CAAP standards, the quality flags, the zero-emission
     * shares, and the San Pedro Bay trend of each key pollutant's tons (all categories).
     */
    public record Progress(List<StandardProgress> standards, List<QaFlag> qaFlags,
                           List<ZeroEmissionShare> zeroEmission, Map<Pollutant, Trend> trends) {

        public Progress {
            standards = List.copyOf(standards);
            qaFlags = List.copyOf(qaFlags);
            zeroEmission = List.copyOf(zeroEmission);
            trends = Map.copyOf(trends);
        }
    }

    /** The pollutants of the board tables, in column order. */
    static final List<Pollutant> HEADLINE_POLLUTANTS =
            List.of(Pollutant.DPM, Pollutant.NOX, Pollutant.SOX, Pollutant.PM2_5, Pollutant.CO2E);

    private BoardReportContent() {
    }

    public static BoardReportModel model(VerificationRun run, List<ReductionMetric> metrics, List<Submission> inputs,
                                         Map<Long, List<RejectedRecord>> rejected, String softwareVersion,
                                         Map<Port, List<ComplianceItem>> statuses, DefaultsLedger ledger,
                                         Progress progress, ReportConformance conformance, ReportStatus status) {
        List<ReductionMetric> totals = metrics.stream().filter(m -> m.getCategory() == null).toList();
        int year = run.getReportingYear();
        Map<MetricKey, ReductionMetric> index = new HashMap<>();
        metrics.forEach(m -> index.put(new MetricKey(m.getScope(), m.getCategory(), m.getPollutant(),
                m.getDataYear()), m));
        List<CategoryRow> categories = categoryRows(index, year);
        List<DefaultRow> defaults = defaultRows(ledger, year);
        List<PenaltyTotalRow> penalties = penaltyTotals(ledger, year);
        // A re-run prints the original's execution id, so that a faithful re-run reproduces its PDF byte for byte.
        return new BoardReportModel(year, run.getAsOfDate(), status.name(), run.reportedExecutionId(),
                softwareVersion, dataDigest(metrics), reductions(totals, year), trends(totals),
                inputDigests(inputs), rejectedRows(inputs, rejected),
                run.getRulesVersion() == null ? "none: the agreement was not yet in force" : run.getRulesVersion(),
                milestoneRows(statuses), defaults, penalties, conformance,
                summary(inputs, BoardReportSummary.paragraphs(index, year, run, progress, defaults, penalties), year),
                BoardReportSummary.keyFigures(index, year, progress, defaults, penalties),
                categories, standardRows(progress.standards()), zeroEmissionRows(progress.zeroEmission()),
                projectionRows(index, progress), categories.stream()
                        .filter(r -> r.category().equals(SourceCategory.OGV.displayName())).toList(),
                BoardReportSummary.ogvFigures(index, year), submissionRows(inputs),
                qaFlagRows(progress.qaFlags(), run.reportedExecutionId()),
                restatements(inputs, progress.qaFlags(), year), BoardReportCharts.charts(index, year, progress));
    }

    /** The reporting year by entity, category (all categories first) and headline pollutant. */
    private static List<CategoryRow> categoryRows(Map<MetricKey, ReductionMetric> index, int year) {
        List<CategoryRow> rows = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            for (SourceCategory category : CATEGORY_ORDER) {
                for (Pollutant pollutant : HEADLINE_POLLUTANTS) {
                    ReductionMetric m = index.get(new MetricKey(scope, category, pollutant, year));
                    if (m != null) {
                        rows.add(new CategoryRow(scope.displayName(),
                                category == null ? "All categories" : category.displayName(), pollutant.code(),
                                m.getUnit().displayName(), tons(m.getTons()), m.displayChange(),
                                m.displayChange2017(), intensity(m.getTonsPer10kTeu()),
                                m.displayEfficiencyChange(), m.displayEfficiencyChange2017()));
                    }
                }
            }
        }
        return rows;
    }

    private static List<StandardRow> standardRows(List<StandardProgress> standards) {
        return standards.stream().map(s -> new StandardRow(s.target().label(), s.scope().displayName(),
                s.basis() == StandardProgress.Basis.TARGET_YEAR ? "Standard year" : "Latest year",
                s.dataYear() == null ? "" : s.dataYear().toString(), s.displayChange(), words(s.status().name()),
                s.displayMargin())).toList();
    }

    /** The latest data year of each scope and fleet, with the year its trend reaches the goal. */
    private static List<ZeroEmissionRow> zeroEmissionRows(List<ZeroEmissionShare> shares) {
        Map<String, ZeroEmissionShare> latest = new TreeMap<>();
        for (ZeroEmissionShare s : shares) {
            String key = s.scope().ordinal() + ":" + s.category().ordinal();
            ZeroEmissionShare current = latest.get(key);
            if (current == null || s.dataYear() > current.dataYear()) {
                latest.put(key, s);
            }
        }
        List<ZeroEmissionRow> rows = new ArrayList<>();
        for (ZeroEmissionShare s : latest.values()) {
            String projection = ZeroEmissionShares.projection(shares, s.scope(), s.category(), TrendOptions.DEFAULT)
                    .map(GoalProjection::describe).orElse("n/a");
            rows.add(new ZeroEmissionRow(s.scope().displayName(), s.category().displayName(),
                    String.valueOf(s.dataYear()), count(s.zeUnits()) + " of " + count(s.totalUnits()),
                    s.displayShare(), s.goal() == null ? "none" : "100% by " + s.goal().year(),
                    words(s.status().name()),
                    s.requiredGainPerYear() == null ? "" : Percentages.points(s.requiredGainPerYear().movePointRight(2)),
                    projection));
        }
        return rows;
    }

    /** When the San Pedro Bay tons of each key pollutant reach the 2023 standard's level on their trend. */
    private static List<ProjectionRow> projectionRows(Map<MetricKey, ReductionMetric> index, Progress progress) {
        List<ProjectionRow> rows = new ArrayList<>();
        for (Pollutant pollutant : KEY_POLLUTANTS) {
            Trend trend = progress.trends().get(pollutant);
            CaapTarget target = standard2023(pollutant);
            ReductionMetric baseline = index.get(new MetricKey(Scope.SAN_PEDRO_BAY, null, pollutant, 2005));
            if (trend == null || target == null || baseline == null) {
                continue;
            }
            double level = standardLevel(baseline, target);
            String targetText = "2023 standard: " + tons(BigDecimal.valueOf(level)) + " "
                    + baseline.getUnit().displayName();
            if (trend.status() != TrendStatus.FITTED) {
                rows.add(new ProjectionRow(Scope.SAN_PEDRO_BAY.displayName(), pollutant.code(), "n/a",
                        "n/a (" + trend.issue() + ")", targetText, "n/a"));
                continue;
            }
            TrendLine line = trend.line();
            rows.add(new ProjectionRow(Scope.SAN_PEDRO_BAY.displayName(), pollutant.code(),
                    trend.method() == TrendMethod.THEIL_SEN ? "Theil-Sen" : "Least squares",
                    slopeWithInterval(line),
                    targetText, trend.project(Goal.atOrBelow(level).by(target.year())).describe()));
        }
        return rows;
    }

    static CaapTarget standard2023(Pollutant pollutant) {
        return Arrays.stream(CaapTarget.values())
                .filter(t -> t.year() == 2023 && t.pollutant() == pollutant).findFirst().orElse(null);
    }

    /** The tons a standard allows: the 2005 baseline less the required reduction. */
    static double standardLevel(ReductionMetric baseline, CaapTarget target) {
        return baseline.getTons().multiply(BigDecimal.ONE.subtract(target.reduction())).doubleValue();
    }

    private static List<SubmissionRow> submissionRows(List<Submission> inputs) {
        return inputs.stream().map(s -> new SubmissionRow(s.getPort().name(), "v" + s.getVersion(),
                Objects.toString(s.getEdition(), ""), s.getSubmittedOn() == null ? "" : s.getSubmittedOn().toString(),
                words(s.getStatus().name()), received(s), s.getPackageSha256())).toList();
    }

    private static String received(Submission s) {
        PackageFormat format = s.getFormat();
        String carrier = format == null || format == PackageFormat.FOLDER ? "CSV folder" : format.name() + " upload";
        return s.getUploadedBy() == null ? carrier : carrier + " by " + s.getUploadedBy();
    }

    /**
     * The flags on the totals (all categories) one per row; those on single source categories, which can run to
     * pages, as one closing row counting them by code (every flag stays available from the REST API).
     */
    private static List<QaFlagRow> qaFlagRows(List<QaFlag> flags, long executionId) {
        List<QaFlagRow> rows = new ArrayList<>(flags.stream().filter(f -> f.category() == null)
                .map(f -> new QaFlagRow(words(f.level().name()), f.code().code(), f.scope().displayName(),
                        "All " + f.pollutant().code(), String.valueOf(f.dataYear()), f.message())).toList());
        Map<String, Long> byCode = new TreeMap<>(flags.stream().filter(f -> f.category() != null)
                .collect(Collectors.groupingBy(f -> f.code().code(), Collectors.counting())));
        if (!byCode.isEmpty()) {
            long count = byCode.values().stream().mapToLong(Long::longValue).sum();
            rows.add(new QaFlagRow("", "", "Both ports and San Pedro Bay", "By category", "",
                    count + " further flag" + (count == 1 ? "" : "s") + " on single source categories ("
                            + byCode.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                            .collect(Collectors.joining(", ")) + "); every flag: GET /api/progress/" + executionId
                            + "/qa-flags."));
        }
        return rows;
    }

    /**
     * Ports that submitted nothing the run could use, baselines that moved between editions, and versions that
     * replaced an earlier accepted one.
     */
    private static List<String> restatements(List<Submission> inputs, List<QaFlag> flags, int year) {
        List<String> sentences = new ArrayList<>(missingSubmissions(inputs, year));
        for (Submission s : inputs) {
            if (s.getVersion() > 1) {
                sentences.add(s.getPort().displayName() + ": version " + s.getVersion() + " of the "
                        + s.getReportingYear() + " package (edition " + s.getEdition()
                        + ") replaces the versions before it; the earlier figures are kept, not used.");
            }
        }
        flags.stream().filter(f -> f.code() == ErrorCode.QA_BASELINE_MOVED)
                .forEach(f -> sentences.add(f.code().code() + " " + f.message()));
        return sentences;
    }

    /** The executive summary opens with what the run lacked, so that no reader takes a one-port total for both. */
    private static List<String> summary(List<Submission> inputs, List<String> paragraphs, int year) {
        List<String> text = new ArrayList<>(missingSubmissions(inputs, year));
        text.addAll(paragraphs);
        return text;
    }

    /**
     * One sentence per port without a pinned submission (PV-4101). Derived from the pinned inputs rather than from
     * the run's logged reasons, which name a server folder, so that the sentence is the same on every server.
     */
    static List<String> missingSubmissions(List<Submission> inputs, int year) {
        List<String> sentences = new ArrayList<>();
        for (Port port : Port.values()) {
            if (inputs.stream().noneMatch(s -> s.getPort() == port)) {
                sentences.add(ErrorCode.SUBMISSION_MISSING_FOR_RUN.code() + " " + port.displayName()
                        + " has no accepted submission for reporting year " + year
                        + ": its figures, and the San Pedro Bay totals that need them, are missing from this report.");
            }
        }
        return sentences;
    }

    private static String count(long units) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(units);
    }

    /** The slope and its interval in one precision, chosen by the slope: two decimals below 10 tons a year. */
    private static String slopeWithInterval(TrendLine line) {
        DecimalFormat format = new DecimalFormat(Math.abs(line.slope()) < 10 ? "#,##0.00" : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        java.util.function.DoubleFunction<String> signed = v -> (v > 0 ? "+" : "") + format.format(v);
        return signed.apply(line.slope()) + " (" + signed.apply(line.slopeLow()) + " to "
                + signed.apply(line.slopeHigh()) + ")";
    }

    /** Tons per 10,000 TEU: three decimals below 10 (DPM is a fraction of a ton), else one. */
    static String intensity(BigDecimal value) {
        if (value == null) {
            return "n/a";
        }
        DecimalFormat format = new DecimalFormat(value.abs().compareTo(BigDecimal.TEN) < 0 ? "#,##0.000" : "#,##0.0",
                DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static List<MilestoneStatusRow> milestoneRows(Map<Port, List<ComplianceItem>> statuses) {
        List<MilestoneStatusRow> rows = new ArrayList<>();
        for (Port port : Port.values()) {
            for (ComplianceItem item : statuses.getOrDefault(port, List.of())) {
                rows.add(new MilestoneStatusRow(port.name(), String.valueOf(item.phase().number()),
                        item.category().displayName(),
                        item.milestoneId() != null ? item.milestoneId() : words(item.kind().name()),
                        item.title() == null ? "" : item.title(), item.dueDate().toString(),
                        item.completedDate() == null ? "" : item.completedDate().toString(),
                        words(item.status().name()), item.flexibilityRef() == null ? "" : item.flexibilityRef()));
            }
        }
        return rows;
    }

    /** The charges of this reporting year, in charging order. */
    private static List<DefaultRow> defaultRows(DefaultsLedger ledger, int year) {
        return ledger.entries().stream().filter(e -> e.reportingYear() == year)
                .map(e -> new DefaultRow(e.port().name(), rule(e.ruleKey()), e.dueDate().toString(),
                        words(e.statusFound().name()), e.kind().name(), dollars(e.amount())))
                .toList();
    }

    /** Each port's penalties of the year and to date, the Clean Air Mitigation Fund last. */
    private static List<PenaltyTotalRow> penaltyTotals(DefaultsLedger ledger, int year) {
        List<PenaltyTotalRow> rows = new ArrayList<>();
        BigDecimal fundYear = BigDecimal.ZERO;
        BigDecimal fundToDate = BigDecimal.ZERO;
        for (Port port : Port.values()) {
            BigDecimal thisYear = ledger.total(port, year);
            BigDecimal toDate = ledger.entries().stream().filter(e -> e.port() == port && e.reportingYear() <= year)
                    .map(e -> e.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(new PenaltyTotalRow(port.displayName(), dollars(thisYear), dollars(toDate)));
            fundYear = fundYear.add(thisYear);
            fundToDate = fundToDate.add(toDate);
        }
        rows.add(new PenaltyTotalRow("Clean Air Mitigation Fund (both ports)", dollars(fundYear), dollars(fundToDate)));
        return rows;
    }

    /** "MILESTONE:POLB-P1-01" shows as "POLB-P1-01", "PLAN:1:APPROVED_PLAN:DRAYAGE" as "Phase 1 approved plan, drayage". */
    private static String rule(String ruleKey) {
        String[] parts = ruleKey.split(":");
        if (parts[0].equals("PLAN") && parts.length == 4) {
            return "Phase " + parts[1] + " " + words(parts[2]).toLowerCase(Locale.ROOT) + ", "
                    + words(parts[3]).toLowerCase(Locale.ROOT);
        }
        return parts[parts.length - 1];
    }

    /** An enum name as words: COMPLETED_ON_TIME gives "Completed on time". */
    static String words(String name) {
        String lower = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String dollars(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("$#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(amount);
    }

    private static List<ReductionRow> reductions(List<ReductionMetric> totals, int year) {
        List<ReductionRow> rows = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            for (Pollutant pollutant : HEADLINE_POLLUTANTS) {
                totals.stream()
                        .filter(m -> m.getScope() == scope && m.getPollutant() == pollutant && m.getDataYear() == year)
                        .findFirst()
                        .ifPresent(m -> rows.add(new ReductionRow(scope.displayName(), pollutant.code(),
                                m.getUnit().displayName(), tons(m.getBaselineTons()), tons(m.getTons()),
                                m.displayChange(), m.displayEfficiencyChange())));
            }
        }
        return rows;
    }

    private static List<TrendRow> trends(List<ReductionMetric> totals) {
        List<TrendRow> rows = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            Map<Integer, Map<Pollutant, String>> byYear = new TreeMap<>();
            totals.stream().filter(m -> m.getScope() == scope && HEADLINE_POLLUTANTS.contains(m.getPollutant()))
                    .forEach(m -> byYear.computeIfAbsent(m.getDataYear(), y -> new TreeMap<>())
                            .put(m.getPollutant(), m.displayChange()));
            byYear.forEach((year, changes) -> {
                Function<Pollutant, String> cell = p -> changes.getOrDefault(p, "n/a");
                rows.add(new TrendRow(scope.displayName(), year, cell.apply(Pollutant.DPM),
                        cell.apply(Pollutant.NOX), cell.apply(Pollutant.SOX), cell.apply(Pollutant.PM2_5),
                        cell.apply(Pollutant.CO2E)));
            });
        }
        return rows;
    }

    private static List<InputDigest> inputDigests(List<Submission> inputs) {
        List<InputDigest> rows = new ArrayList<>();
        for (Submission s : inputs) {
            String port = s.getPort().name() + " v" + s.getVersion();
            s.getFiles().forEach(f -> rows.add(new InputDigest(port, f.fileName(), f.sha256())));
        }
        return rows;
    }

    private static List<RejectedRecordRow> rejectedRows(List<Submission> inputs,
                                                        Map<Long, List<RejectedRecord>> rejected) {
        List<RejectedRecordRow> rows = new ArrayList<>();
        for (Submission s : inputs) {
            for (RejectedRecord r : rejected.getOrDefault(s.getId(), List.of())) {
                var f = r.finding();
                rows.add(new RejectedRecordRow(s.getPort().name(), f.fileName(), f.line(), f.field(),
                        f.code().code(), f.message()));
            }
        }
        return rows;
    }

    /** SHA-256 over every metric in stored order: the fingerprint of the figures, independent of the PDF bytes. */
    static String dataDigest(List<ReductionMetric> metrics) {
        String canonical = metrics.stream().map(m -> String.join("|", m.getScope().name(),
                        Objects.toString(m.getCategory(), "ALL"), m.getPollutant().name(),
                        String.valueOf(m.getDataYear()), plain(m.getTons()), plain(m.getReduction()),
                        plain(m.getTonsPer10kTeu()), plain(m.getEfficiencyReduction())))
                .collect(Collectors.joining("\n"));
        return SubmissionFolder.sha256(canonical.getBytes(StandardCharsets.UTF_8));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String tons(BigDecimal value) {
        if (value == null) {
            return "n/a";
        }
        DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }
}
