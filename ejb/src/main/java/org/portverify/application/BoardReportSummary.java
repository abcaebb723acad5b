package org.portverify.application;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portverify.application.BoardReportContent.Progress;
import org.portverify.domain.metrics.MetricKey;
import org.portverify.domain.metrics.Percentages;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.goals.ZeroEmissionShare;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.run.VerificationRun;
import org.portverify.reports.DefaultRow;
import org.portverify.reports.KeyFigure;
import org.portverify.reports.PenaltyTotalRow;

/**
 * The executive summary in words and key figures, and the ocean-going vessels' key figures. Every number comes from a
 * stored metric or the ledger, rounded as the board tables round it (whole percent, half-up, with sign).
 */
final class BoardReportSummary {

    private static final Scope BAY = Scope.SAN_PEDRO_BAY;

    private BoardReportSummary() {
    }

    static List<String> paragraphs(Map<MetricKey, ReductionMetric> index, int year, VerificationRun run,
                                   Progress progress, List<DefaultRow> defaults, List<PenaltyTotalRow> penalties) {
        List<String> text = new ArrayList<>();
        List<String> falls = new ArrayList<>();
        for (Pollutant p : BoardReportContent.KEY_POLLUTANTS) {
            total(index, p, year).filter(m -> m.getReduction() != null)
                    .ifPresent(m -> falls.add(lessOrMore(m.getReduction()) + " " + p.code()));
        }
        if (falls.isEmpty()) {
            text.add("No San Pedro Bay figure of data year " + year + " could be compared with 2005.");
        } else {
            StringBuilder first = new StringBuilder("In data year " + year + " the two ports together emitted "
                    + join(falls) + " than in 2005");
            total(index, Pollutant.CO2E, year).filter(m -> m.getReduction() != null)
                    .ifPresent(m -> first.append(" (greenhouse gases as CO2e: ").append(m.displayChange()).append(')'));
            total(index, Pollutant.NOX, year).filter(m -> m.getTeu() != null && m.getBaselineTeu() != null
                    && m.getBaselineTeu() > 0).ifPresent(m -> first.append(", while container throughput changed ")
                    .append(Percentages.change(BigDecimal.valueOf(m.getTeu())
                            .divide(BigDecimal.valueOf(m.getBaselineTeu()), MathContext.DECIMAL64)
                            .subtract(BigDecimal.ONE)))
                    .append(" to ").append(String.format(java.util.Locale.US, "%,d", m.getTeu())).append(" TEU"));
            first.append('.');
            text.add(first.toString());
            List<String> perTeu = new ArrayList<>();
            for (Pollutant p : BoardReportContent.KEY_POLLUTANTS) {
                total(index, p, year).filter(m -> m.getEfficiencyReduction() != null)
                        .ifPresent(m -> perTeu.add(p.code() + " " + m.displayEfficiencyChange()));
            }
            if (!perTeu.isEmpty()) {
                text.add("Per 10,000 TEU of cargo the changes since 2005 are " + join(perTeu) + ".");
            }
        }
        largest(index, year).ifPresent(text::add);
        text.add(standardsSentence(progress.standards()));
        text.add(complianceSentence(run, defaults, penalties));
        zeroEmissionSentence(progress.zeroEmission()).ifPresent(text::add);
        return text;
    }

    static List<KeyFigure> keyFigures(Map<MetricKey, ReductionMetric> index, int year, Progress progress,
                                      List<DefaultRow> defaults, List<PenaltyTotalRow> penalties) {
        List<KeyFigure> figures = new ArrayList<>();
        for (Pollutant p : BoardReportContent.KEY_POLLUTANTS) {
            total(index, p, year).ifPresent(m -> figures.add(new KeyFigure("San Pedro Bay " + p.code() + " vs 2005",
                    m.displayChange(), "per 10,000 TEU " + m.displayEfficiencyChange() + " (" + year + ")")));
        }
        List<StandardProgress> due = dueStandards(progress.standards());
        if (!due.isEmpty()) {
            long met = due.stream().filter(s -> s.status() == StandardProgress.Status.MET).count();
            figures.add(new KeyFigure("San Pedro Bay standards met", met + " of " + due.size(),
                    "2014 and 2023 standards, each on its own year"));
        }
        figures.add(new KeyFigure("Defaults charged this year", String.valueOf(defaults.size()),
                "Cooperative Agreement, reporting year " + year));
        if (!penalties.isEmpty()) {
            PenaltyTotalRow fund = penalties.get(penalties.size() - 1);
            figures.add(new KeyFigure("Penalties this year", fund.thisYear(),
                    "Clean Air Mitigation Fund; " + fund.toDate() + " to date"));
        }
        for (SourceCategory category : List.of(SourceCategory.CHE, SourceCategory.HDV)) {
            latestShare(progress.zeroEmission(), category).ifPresent(s -> figures.add(new KeyFigure(
                    "Zero-emission " + (category == SourceCategory.CHE ? "cargo handling equipment" : "drayage trucks"),
                    s.displayShare(), "San Pedro Bay " + s.dataYear()
                            + (s.goal() == null ? "" : "; goal 100% by " + s.goal().year()))));
        }
        return figures.size() > 8 ? figures.subList(0, 8) : figures;
    }

    /** OGV's share of San Pedro Bay's NOx, SOx and DPM, and its NOx change since 2005. */
    static List<KeyFigure> ogvFigures(Map<MetricKey, ReductionMetric> index, int year) {
        List<KeyFigure> figures = new ArrayList<>();
        for (Pollutant p : BoardReportContent.KEY_POLLUTANTS) {
            ReductionMetric ogv = index.get(new MetricKey(BAY, SourceCategory.OGV, p, year));
            Optional<ReductionMetric> all = total(index, p, year);
            if (ogv != null && all.isPresent() && all.get().getTons().signum() > 0) {
                BigDecimal share = ogv.getTons().divide(all.get().getTons(), MathContext.DECIMAL64);
                figures.add(new KeyFigure("OGV share of San Pedro Bay " + p.code(),
                        Percentages.wholePercent(share) + "%", "data year " + year));
            }
        }
        ReductionMetric nox = index.get(new MetricKey(BAY, SourceCategory.OGV, Pollutant.NOX, year));
        if (nox != null) {
            figures.add(new KeyFigure("OGV NOx vs 2005", nox.displayChange(),
                    "San Pedro Bay, data year " + year));
        }
        return figures;
    }

    private static Optional<String> largest(Map<MetricKey, ReductionMetric> index, int year) {
        List<ReductionMetric> byCategory = index.values().stream()
                .filter(m -> m.getScope() == BAY && m.getCategory() != null && m.getDataYear() == year
                        && BoardReportContent.HEADLINE_POLLUTANTS.contains(m.getPollutant())
                        && m.getReduction() != null)
                .sorted(Comparator.comparing(ReductionMetric::getReduction).reversed()
                        .thenComparing(m -> m.getCategory().ordinal()).thenComparing(m -> m.getPollutant().ordinal()))
                .toList();
        if (byCategory.isEmpty()) {
            return Optional.empty();
        }
        List<String> top = byCategory.stream().limit(3)
                .map(m -> m.getCategory().displayName().toLowerCase(java.util.Locale.ROOT) + " "
                        + m.getPollutant().code() + " (" + m.displayChange() + ")").toList();
        StringBuilder sentence = new StringBuilder("The largest reductions by source category are " + join(top) + ".");
        List<String> rises = byCategory.stream().filter(m -> m.getReduction().signum() < 0)
                .map(m -> m.getCategory().displayName().toLowerCase(java.util.Locale.ROOT) + " "
                        + m.getPollutant().code() + " (" + m.displayChange() + ")").toList();
        if (!rises.isEmpty()) {
            sentence.append(" Above their 2005 level: ").append(join(rises)).append('.');
        }
        return Optional.of(sentence.toString());
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

    private static String complianceSentence(VerificationRun run, List<DefaultRow> defaults,
                                             List<PenaltyTotalRow> penalties) {
        String fund = penalties.isEmpty() ? "$0" : penalties.get(penalties.size() - 1).thisYear();
        if (defaults.isEmpty()) {
            return "As of " + run.getAsOfDate() + " no Cooperative Agreement default was charged for reporting year "
                    + run.getReportingYear() + ".";
        }
        List<String> items = defaults.stream().map(d -> d.port() + " " + d.rule() + " (" + d.statusFound()
                .toLowerCase(java.util.Locale.ROOT) + ", " + d.amount() + ")").toList();
        return "As of " + run.getAsOfDate() + ", " + defaults.size() + " Cooperative Agreement default"
                + (defaults.size() == 1 ? " was" : "s were") + " charged for reporting year " + run.getReportingYear()
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
        return standards.stream().filter(s -> s.scope() == BAY && !s.target().isGreenhouseGasGoal()
                && s.basis() == StandardProgress.Basis.TARGET_YEAR
                && (s.status() == StandardProgress.Status.MET || s.status() == StandardProgress.Status.NOT_MET))
                .toList();
    }

    private static Optional<ZeroEmissionShare> latestShare(List<ZeroEmissionShare> shares, SourceCategory category) {
        return shares.stream().filter(s -> s.scope() == BAY && s.category() == category && s.share() != null)
                .max(Comparator.comparingInt(ZeroEmissionShare::dataYear));
    }

    private static Optional<ReductionMetric> total(Map<MetricKey, ReductionMetric> index, Pollutant p, int year) {
        return Optional.ofNullable(index.get(new MetricKey(BAY, null, p, year)));
    }

    /** 0.9015 gives "90% less", -0.04 gives "4% more". */
    private static String lessOrMore(BigDecimal reduction) {
        int percent = Percentages.wholePercent(reduction);
        return percent >= 0 ? percent + "% less" : -percent + "% more";
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
