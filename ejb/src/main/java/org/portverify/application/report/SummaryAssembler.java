package org.portverify.application.report;

import static org.portverify.application.report.ReportFormats.join;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.goals.ZeroEmissionShare;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.reports.ComplianceSection;
import org.portverify.reports.DefaultRow;
import org.portverify.reports.ExecutiveSummary;
import org.portverify.reports.KeyFigure;
import org.portverify.reports.PenaltyTotalRow;

/**
 * The executive summary in words and key figures. Every number comes from a stored metric or the compliance
 * section, rounded as the board tables round it (whole percent, half-up, with sign).
 */
final class SummaryAssembler {

    private SummaryAssembler() {
    }

    /**
     * @param missing    what the run lacked ({@link DataQualityAssembler#missingSubmissions}): the summary opens
     *                   with it, so that no reader takes a one-port total for both
     * @param compliance the compliance section, whose defaults and Fund total the summary quotes
     */
    static ExecutiveSummary summary(MetricIndex index, int year, LocalDate asOf, ProgressFigures progress,
                                    ComplianceSection compliance, List<String> missing) {
        List<String> text = new ArrayList<>(missing);
        text.addAll(paragraphs(index, year, asOf, progress, compliance.defaults(), compliance.penaltyTotals()));
        return new ExecutiveSummary(text,
                keyFigures(index, year, progress, compliance.defaults(), compliance.penaltyTotals()));
    }

    private static List<String> paragraphs(MetricIndex index, int year, LocalDate asOf, ProgressFigures progress,
                                           List<DefaultRow> defaults, List<PenaltyTotalRow> penalties) {
        List<String> text = new ArrayList<>();
        List<String> falls = new ArrayList<>();
        for (Pollutant p : ReportPollutants.KEY) {
            index.bayTotal(p, year).filter(m -> m.getReduction() != null)
                    .ifPresent(m -> falls.add(ReportFormats.lessOrMore(m.getReduction()) + " " + p.code()));
        }
        if (falls.isEmpty()) {
            text.add("No San Pedro Bay figure of data year " + year + " could be compared with 2005.");
        } else {
            StringBuilder first = new StringBuilder("In data year " + year + " the two ports together emitted "
                    + join(falls) + " than in 2005");
            index.bayTotal(Pollutant.CO2E, year).filter(m -> m.getReduction() != null)
                    .ifPresent(m -> first.append(" (greenhouse gases as CO2e: ").append(m.displayChange()).append(')'));
            index.bayTotal(Pollutant.NOX, year).filter(m -> m.getTeu() != null && m.getBaselineTeu() != null
                    && m.getBaselineTeu() > 0).ifPresent(m -> first.append(", while container throughput changed ")
                    .append(ReportFormats.change(BigDecimal.valueOf(m.getTeu())
                            .divide(BigDecimal.valueOf(m.getBaselineTeu()), MathContext.DECIMAL64)
                            .subtract(BigDecimal.ONE)))
                    .append(" to ").append(ReportFormats.count(m.getTeu())).append(" TEU"));
            first.append('.');
            if (ReportPollutants.KEY.stream().anyMatch(p -> index.bayTotal(p, year)
                    .filter(m -> m.getCaveat() != null).isPresent())) {
                first.append(" These totals rest on a partial inventory (PV-1260): the data quality section says"
                        + " what it lacks.");
            }
            text.add(first.toString());
            List<String> perTeu = new ArrayList<>();
            for (Pollutant p : ReportPollutants.KEY) {
                index.bayTotal(p, year).filter(m -> m.getEfficiencyReduction() != null)
                        .ifPresent(m -> perTeu.add(p.code() + " " + m.displayEfficiencyChange()));
            }
            if (!perTeu.isEmpty()) {
                text.add("Per 10,000 TEU of cargo the changes since 2005 are " + join(perTeu) + ".");
            }
        }
        largest(index, year).ifPresent(text::add);
        text.add(standardsSentence(progress.standards()));
        text.add(complianceSentence(asOf, year, defaults, penalties));
        zeroEmissionSentence(progress.zeroEmission()).ifPresent(text::add);
        return text;
    }

    private static List<KeyFigure> keyFigures(MetricIndex index, int year, ProgressFigures progress,
                                              List<DefaultRow> defaults, List<PenaltyTotalRow> penalties) {
        List<KeyFigure> figures = new ArrayList<>();
        for (Pollutant p : ReportPollutants.KEY) {
            index.bayTotal(p, year).ifPresent(m -> figures.add(new KeyFigure("San Pedro Bay " + p.code()
                    + " vs 2005", m.displayChange(), "per 10,000 TEU " + m.displayEfficiencyChange() + " (" + year
                    + ")" + (m.getCaveat() == null ? "" : "; partial"), "bay-change-vs-2005", p.code())));
        }
        List<StandardProgress> due = dueStandards(progress.standards());
        if (!due.isEmpty()) {
            long met = due.stream().filter(s -> s.status() == StandardProgress.Status.MET).count();
            figures.add(new KeyFigure("San Pedro Bay standards met", met + " of " + due.size(),
                    "2014 and 2023 standards, each on its own year", "bay-standards-met", ""));
        }
        figures.add(new KeyFigure("Defaults charged this year", String.valueOf(defaults.size()),
                "Cooperative Agreement, reporting year " + year, "defaults-this-year", ""));
        if (!penalties.isEmpty()) {
            PenaltyTotalRow fund = penalties.get(penalties.size() - 1);
            figures.add(new KeyFigure("Penalties this year", fund.thisYear(),
                    "Clean Air Mitigation Fund; " + fund.toDate() + " to date", "penalties-this-year", ""));
        }
        for (SourceCategory category : List.of(SourceCategory.CHE, SourceCategory.HDV)) {
            latestShare(progress.zeroEmission(), category).ifPresent(s -> figures.add(new KeyFigure(
                    "Zero-emission " + (category == SourceCategory.CHE ? "cargo handling equipment" : "drayage trucks"),
                    s.displayShare(), "San Pedro Bay " + s.dataYear()
                            + (s.goal() == null ? "" : "; goal 100% by " + s.goal().year()),
                    category == SourceCategory.CHE ? "ze-share-che" : "ze-share-hdv", "")));
        }
        return figures.size() > 8 ? figures.subList(0, 8) : figures;
    }

    private static Optional<String> largest(MetricIndex index, int year) {
        List<ReductionMetric> byCategory = index.all().stream()
                .filter(m -> m.getScope() == MetricIndex.BAY && m.getCategory() != null && m.getDataYear() == year
                        && ReportPollutants.HEADLINE.contains(m.getPollutant())
                        && m.getReduction() != null)
                .sorted(Comparator.comparing(ReductionMetric::getReduction).reversed()
                        .thenComparing(m -> m.getCategory().ordinal()).thenComparing(m -> m.getPollutant().ordinal()))
                .toList();
        if (byCategory.isEmpty()) {
            return Optional.empty();
        }
        List<String> top = byCategory.stream().limit(3).map(SummaryAssembler::categoryChange).toList();
        StringBuilder sentence = new StringBuilder("The largest reductions by source category are " + join(top) + ".");
        List<String> rises = byCategory.stream().filter(m -> m.getReduction().signum() < 0)
                .map(SummaryAssembler::categoryChange).toList();
        if (!rises.isEmpty()) {
            sentence.append(" Above their 2005 level: ").append(join(rises)).append('.');
        }
        return Optional.of(sentence.toString());
    }

    /** "ocean-going vessels NOx (-55%)". */
    private static String categoryChange(ReductionMetric m) {
        return m.getCategory().displayName().toLowerCase(Locale.ROOT) + " " + m.getPollutant().code() + " ("
                + m.displayChange() + ")";
    }

    private static String standardsSentence(List<StandardProgress> standards) {
        List<StandardProgress> due = dueStandards(standards);
        if (due.isEmpty()) {
            return "No San Pedro Bay standard could be evaluated.";
        }
        List<String> missed = due.stream().filter(s -> s.status() == StandardProgress.Status.NOT_MET)
                .map(s -> s.target().year() + " " + s.target().pollutant().code() + " (" + s.displayChange()
                        + ", " + s.displayMargin() + ")").toList();
        long met = due.stream().filter(s -> s.status() == StandardProgress.Status.MET).count();
        String sentence = "Of the " + due.size() + " San Pedro Bay Emission Reduction Standards, each evaluated on its"
                + " own year, " + met + (met == 1 ? " is" : " are") + " met"
                + (missed.isEmpty() ? "." : "; not met: " + join(missed) + ".");
        boolean noReference = standards.stream().anyMatch(s -> s.status() == StandardProgress.Status.NO_REFERENCE);
        return noReference ? sentence + " The greenhouse gas goals (vs 1990) await a configured 1990 reference."
                : sentence;
    }

    private static String complianceSentence(LocalDate asOf, int year, List<DefaultRow> defaults,
                                             List<PenaltyTotalRow> penalties) {
        String fund = penalties.isEmpty() ? "$0" : penalties.get(penalties.size() - 1).thisYear();
        if (defaults.isEmpty()) {
            return "As of " + asOf + " no Cooperative Agreement default was charged for reporting year " + year + ".";
        }
        List<String> items = defaults.stream().map(d -> d.port() + " " + d.rule() + " (" + d.statusFound()
                .toLowerCase(Locale.ROOT) + ", " + d.amount() + ")").toList();
        return "As of " + asOf + ", " + defaults.size() + " Cooperative Agreement default"
                + (defaults.size() == 1 ? " was" : "s were") + " charged for reporting year " + year
                + ": " + join(items) + "; " + fund + " is due to the Clean Air Mitigation Fund.";
    }

    private static Optional<String> zeroEmissionSentence(List<ZeroEmissionShare> shares) {
        List<String> parts = new ArrayList<>();
        for (SourceCategory category : List.of(SourceCategory.CHE, SourceCategory.HDV)) {
            latestShare(shares, category).filter(s -> s.goal() != null).ifPresent(s -> parts.add(s.displayShare()
                    + " of " + (category == SourceCategory.CHE ? "cargo handling equipment" : "drayage trucks")
                    + " (goal 100% by " + s.goal().year() + ")"));
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of("Zero-emission today, San Pedro Bay: " + join(parts) + ".");
    }

    /** The 2014 and 2023 standards (not the GHG goals) for San Pedro Bay on their own year. */
    private static List<StandardProgress> dueStandards(List<StandardProgress> standards) {
        return standards.stream().filter(s -> s.scope() == MetricIndex.BAY && !s.target().isGreenhouseGasGoal()
                && s.basis() == StandardProgress.Basis.TARGET_YEAR
                && (s.status() == StandardProgress.Status.MET || s.status() == StandardProgress.Status.NOT_MET))
                .toList();
    }

    private static Optional<ZeroEmissionShare> latestShare(List<ZeroEmissionShare> shares, SourceCategory category) {
        return shares.stream().filter(s -> s.scope() == MetricIndex.BAY && s.category() == category
                        && s.share() != null)
                .max(Comparator.comparingInt(ZeroEmissionShare::dataYear));
    }
}
