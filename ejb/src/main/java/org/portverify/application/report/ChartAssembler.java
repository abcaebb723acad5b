package org.portverify.application.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.CaapTarget;
import org.portverify.domain.metrics.goals.ZeroEmissionGoal;
import org.portverify.domain.metrics.goals.ZeroEmissionShare;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.metrics.trend.TrendMethod;
import org.portverify.domain.metrics.trend.TrendStatus;
import org.portverify.domain.metrics.trend.YearValue;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.reports.Chart;

/**
 * The report's charts as numbers: trend lines per key pollutant (tons and tons per 10,000 TEU, with the 2005
 * baseline and the standards), bars by source category, the zero-emission shares against their goal years and the
 * NOx projection with its 95% band. The figures are the stored metrics' ({@link BigDecimal#doubleValue()}, the same
 * on every JVM), so the same run always draws the same charts.
 */
final class ChartAssembler {

    private static final Scope BAY = MetricIndex.BAY;

    private ChartAssembler() {
    }

    static List<Chart> charts(MetricIndex index, int year, ProgressFigures progress) {
        List<Chart> charts = new ArrayList<>();
        for (Pollutant p : ReportPollutants.KEY) {
            tonsChart(index, p).ifPresent(charts::add);
            intensityChart(index, p).ifPresent(charts::add);
        }
        categoryChangeChart(index, year).ifPresent(charts::add);
        categoryTonsChart(index, year).ifPresent(charts::add);
        zeroEmissionChart(progress.zeroEmission()).ifPresent(charts::add);
        projectionChart(index, progress).ifPresent(charts::add);
        return charts;
    }

    private static Optional<Chart> tonsChart(MetricIndex index, Pollutant p) {
        List<Chart.Series> series = series(index, p, ReductionMetric::getTons);
        ReductionMetric baseline = index.bayBaseline(p);
        if (series.isEmpty() || baseline == null) {
            return Optional.empty();
        }
        String unit = baseline.getUnit().displayName();
        List<Chart.Marker> markers = new ArrayList<>();
        markers.add(new Chart.Marker("2005 baseline, San Pedro Bay", baseline.getTons().doubleValue(), false));
        StringBuilder caption = new StringBuilder("San Pedro Bay " + p.code() + ": "
                + ReportFormats.tons(baseline.getTons()) + " " + unit + " in 2005");
        ReductionMetric latest = index.latestBayTotal(p);
        if (latest != null) {
            caption.append(", ").append(ReportFormats.tons(latest.getTons())).append(" in ")
                    .append(latest.getDataYear()).append(" (").append(latest.displayChange()).append(')');
        }
        // Standards of the same reduction (SOx: 93% in 2014 and in 2023) share one line and one label.
        Map<BigDecimal, List<CaapTarget>> byReduction = new LinkedHashMap<>();
        for (CaapTarget target : CaapTarget.values()) {
            if (target.pollutant() == p && !target.isGreenhouseGasGoal()) {
                byReduction.computeIfAbsent(target.reduction(), r -> new ArrayList<>()).add(target);
            }
        }
        for (List<CaapTarget> targets : byReduction.values()) {
            double level = MetricIndex.standardLevel(baseline, targets.get(0));
            String years = String.join(" and ", targets.stream().map(t -> String.valueOf(t.year())).toList());
            String label = years + (targets.size() > 1 ? " standards" : " standard") + " (-"
                    + ReportFormats.percent(targets.get(0).reduction()) + ")";
            markers.add(new Chart.Marker(label, level, false));
            caption.append("; the ").append(years).append(targets.size() > 1 ? " standards allow " : " standard allows ")
                    .append(ReportFormats.tons(BigDecimal.valueOf(level)));
        }
        caption.append('.');
        return Optional.of(Chart.line(p.code() + ", " + unit + " per year", unit, false, series, markers,
                List.of(), caption.toString()));
    }

    private static Optional<Chart> intensityChart(MetricIndex index, Pollutant p) {
        List<Chart.Series> series = series(index, p, ReductionMetric::getTonsPer10kTeu);
        ReductionMetric baseline = index.bayBaseline(p);
        if (series.isEmpty() || baseline == null || baseline.getTonsPer10kTeu() == null) {
            return Optional.empty();
        }
        String unit = baseline.getUnit().displayName() + " per 10,000 TEU";
        ReductionMetric latest = index.latestBayTotal(p);
        String caption = "Per 10,000 TEU of cargo, San Pedro Bay " + p.code() + " went from "
                + ReportFormats.intensity(baseline.getTonsPer10kTeu()) + " in 2005"
                + (latest == null || latest.getTonsPer10kTeu() == null ? "" : " to "
                + ReportFormats.intensity(latest.getTonsPer10kTeu()) + " in " + latest.getDataYear() + " ("
                + latest.displayEfficiencyChange() + ")") + ".";
        return Optional.of(Chart.line(p.code() + ", " + unit, unit, false, series,
                List.of(new Chart.Marker("2005 baseline, San Pedro Bay", baseline.getTonsPer10kTeu().doubleValue(),
                        false)), List.of(), caption));
    }

    /** San Pedro Bay's change vs 2005 of the key pollutants in each source category, reporting year. */
    private static Optional<Chart> categoryChangeChart(MetricIndex index, int year) {
        List<Chart.Bar> bars = new ArrayList<>();
        for (SourceCategory c : SourceCategory.sources()) {
            for (Pollutant p : ReportPollutants.KEY) {
                ReductionMetric m = index.get(BAY, c, p, year);
                if (m != null && m.getReduction() != null) {
                    bars.add(new Chart.Bar(shortName(c), p.code(), m.getReduction().negate().doubleValue()));
                }
            }
        }
        return bars.isEmpty() ? Optional.empty() : Optional.of(Chart.bar(
                "Change vs 2005 by category, San Pedro Bay " + year, "change vs 2005", true, bars,
                "Each bar is a category's change of " + year + " against its own 2005 figure; below zero is a"
                        + " reduction."));
    }

    /** NOx tons of each port by source category, reporting year. */
    private static Optional<Chart> categoryTonsChart(MetricIndex index, int year) {
        List<Chart.Bar> bars = new ArrayList<>();
        Map<Scope, SourceCategory> largest = new java.util.EnumMap<>(Scope.class);
        Map<Scope, java.math.BigDecimal> largestTons = new java.util.EnumMap<>(Scope.class);
        for (SourceCategory c : SourceCategory.sources()) {
            for (Scope scope : List.of(Scope.POLA, Scope.POLB)) {
                ReductionMetric m = index.get(scope, c, Pollutant.NOX, year);
                if (m != null) {
                    bars.add(new Chart.Bar(shortName(c), scope.displayName(), m.getTons().doubleValue()));
                    if (!largestTons.containsKey(scope) || m.getTons().compareTo(largestTons.get(scope)) > 0) {
                        largest.put(scope, c);
                        largestTons.put(scope, m.getTons());
                    }
                }
            }
        }
        return bars.isEmpty() ? Optional.empty() : Optional.of(Chart.bar(
                "NOx by source category, " + year + ", short tons", "short tons", false, bars,
                categoryTonsCaption(year, largest)));
    }

    /**
     * Says which category is each port's largest NOx source, as the bars show it (issue 15: it used to say
     * ocean-going vessels whatever the figures).
     */
    static String categoryTonsCaption(int year, Map<Scope, SourceCategory> largest) {
        String lead = "Where each port's NOx comes from in " + year;
        if (largest.isEmpty()) {
            return lead + ".";
        }
        if (largest.size() > 1 && new java.util.HashSet<>(largest.values()).size() == 1) {
            return lead + "; the largest source at both ports: "
                    + largest.values().iterator().next().displayName().toLowerCase(java.util.Locale.ROOT) + ".";
        }
        return lead + "; the largest source: " + largest.entrySet().stream()
                .map(e -> e.getKey().displayName() + ", "
                        + e.getValue().displayName().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.joining("; ")) + ".";
    }

    private static Optional<Chart> zeroEmissionChart(List<ZeroEmissionShare> shares) {
        List<Chart.Series> series = new ArrayList<>();
        List<Chart.Marker> markers = new ArrayList<>();
        for (ZeroEmissionGoal goal : ZeroEmissionGoal.values()) {
            List<Chart.Point> points = shares.stream()
                    .filter(s -> s.scope() == BAY && s.category() == goal.category() && s.share() != null)
                    .sorted(ZeroEmissionShare.ORDER)
                    .map(s -> new Chart.Point(s.dataYear(), s.share().doubleValue())).toList();
            if (!points.isEmpty()) {
                String name = goal.category() == SourceCategory.CHE ? "Cargo handling equipment" : "Drayage trucks";
                series.add(new Chart.Series(name, false, points));
                markers.add(new Chart.Marker((goal.category() == SourceCategory.CHE ? "CHE" : "Trucks") + " goal "
                        + goal.year(), goal.year(), true));
            }
        }
        if (series.isEmpty()) {
            return Optional.empty();
        }
        markers.add(new Chart.Marker("100% zero-emission", 1.0, false));
        return Optional.of(Chart.line("Zero-emission share of the fleets, San Pedro Bay", "share of units",
                true, series, markers, List.of(),
                "Zero-emission units as a share of all units at year end, against the 2017 CAAP update's goal years"
                        + " (all cargo handling equipment by 2030, all drayage trucks by 2035)."));
    }

    /** NOx tons of San Pedro Bay, the fitted trend drawn on a few years, and its 95% band from the slope interval. */
    private static Optional<Chart> projectionChart(MetricIndex index,
                                                            ProgressFigures progress) {
        Trend trend = progress.trends().get(Pollutant.NOX);
        if (trend == null || trend.status() != TrendStatus.FITTED) {
            return Optional.empty();
        }
        List<YearValue> points = trend.points();
        List<Chart.Point> fitted = new ArrayList<>();
        List<Chart.BandPoint> band = new ArrayList<>();
        for (ProjectionBands.Year y : ProjectionBands.of(trend)) {
            fitted.add(new Chart.Point(y.year(), y.fitted()));
            band.add(new Chart.BandPoint(y.year(), y.low(), y.high()));
        }
        List<Chart.Marker> markers = new ArrayList<>();
        ReductionMetric baseline = index.bayBaseline(Pollutant.NOX);
        CaapTarget standard = MetricIndex.standard2023(Pollutant.NOX);
        if (baseline != null && standard != null) {
            markers.add(new Chart.Marker("2023 standard", MetricIndex.standardLevel(baseline, standard),
                    false));
        }
        String method = trend.method() == TrendMethod.THEIL_SEN
                ? "Theil-Sen (a year is an outlier)" : "least squares";
        return Optional.of(Chart.line("NOx projection, San Pedro Bay, short tons", "short tons", false,
                List.of(new Chart.Series("Observed", false, points.stream()
                                .map(p -> new Chart.Point(p.year(), p.value())).toList()),
                        new Chart.Series("Trend (" + method + ")", true, fitted)),
                markers, List.of(new Chart.Band("95% band of the slope", band)),
                "The trend line over every data year, drawn " + ProjectionBands.PROJECTION_YEARS + " years past the latest; the band"
                        + " spans the 95% interval of the slope. A projection, not a forecast."));
    }

    /** Tons (or tons per 10,000 TEU) per data year of both ports and San Pedro Bay, all categories. */
    private static List<Chart.Series> series(MetricIndex index, Pollutant p,
                                             Function<ReductionMetric, BigDecimal> value) {
        List<Chart.Series> series = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            Map<Integer, Double> byYear = new TreeMap<>();
            index.all().stream().filter(m -> m.getScope() == scope && m.getCategory() == null
                    && m.getPollutant() == p && value.apply(m) != null)
                    .forEach(m -> byYear.put(m.getDataYear(), value.apply(m).doubleValue()));
            if (!byYear.isEmpty()) {
                series.add(new Chart.Series(scope.displayName(), false, byYear.entrySet().stream()
                        .map(e -> new Chart.Point(e.getKey(), e.getValue())).toList()));
            }
        }
        return series;
    }


    private static String shortName(SourceCategory c) {
        return switch (c) {
            case OGV -> "OGV";
            case HARBOR_CRAFT -> "Harbor craft";
            case CHE -> "CHE";
            case LOCOMOTIVE -> "Rail";
            case HDV -> "Trucks";
            case ALL -> "All";
        };
    }

}
