package org.portverify.application.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Pollutant;
import org.portverify.reports.HeadlineSection;
import org.portverify.reports.ReductionRow;
import org.portverify.reports.TrendRow;

/** Sections 1 and 2: each entity's reductions vs 2005 in the reporting year, and its change vs 2005 by data year. */
final class HeadlineAssembler {

    private HeadlineAssembler() {
    }

    static HeadlineSection headline(List<ReductionMetric> metrics, int year) {
        List<ReductionMetric> totals = metrics.stream().filter(m -> m.getCategory() == null).toList();
        return new HeadlineSection(reductions(totals, year), trends(totals));
    }

    private static List<ReductionRow> reductions(List<ReductionMetric> totals, int year) {
        List<ReductionRow> rows = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            for (Pollutant pollutant : ReportPollutants.HEADLINE) {
                totals.stream()
                        .filter(m -> m.getScope() == scope && m.getPollutant() == pollutant && m.getDataYear() == year)
                        .findFirst()
                        .ifPresent(m -> rows.add(new ReductionRow(ReportFormats.entity(scope, m.getCaveat() != null),
                                pollutant.code(),
                                m.getUnit().displayName(), ReportFormats.tons(m.getBaselineTons()),
                                ReportFormats.tons(m.getTons()), m.displayChange(), m.displayEfficiencyChange())));
            }
        }
        return rows;
    }

    private static List<TrendRow> trends(List<ReductionMetric> totals) {
        List<TrendRow> rows = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            Map<Integer, Map<Pollutant, String>> byYear = new TreeMap<>();
            Set<Integer> partial = new HashSet<>();
            totals.stream().filter(m -> m.getScope() == scope && ReportPollutants.HEADLINE.contains(m.getPollutant()))
                    .forEach(m -> {
                        byYear.computeIfAbsent(m.getDataYear(), y -> new TreeMap<>())
                                .put(m.getPollutant(), m.displayChange());
                        if (m.getCaveat() != null) {
                            partial.add(m.getDataYear());
                        }
                    });
            byYear.forEach((year, changes) -> {
                Function<Pollutant, String> cell = p -> changes.getOrDefault(p, "n/a");
                rows.add(new TrendRow(ReportFormats.entity(scope, partial.contains(year)), year,
                        cell.apply(Pollutant.DPM),
                        cell.apply(Pollutant.NOX), cell.apply(Pollutant.SOX), cell.apply(Pollutant.PM2_5),
                        cell.apply(Pollutant.CO2E)));
            });
        }
        return rows;
    }
}
