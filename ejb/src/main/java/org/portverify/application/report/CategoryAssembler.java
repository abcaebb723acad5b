package org.portverify.application.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.reports.CategoryRow;
import org.portverify.reports.CategorySection;
import org.portverify.reports.KeyFigure;
import org.portverify.reports.OgvSection;

/** Section 3, the reporting year by entity, source category and pollutant, and section 6, its OGV rows and figures. */
final class CategoryAssembler {

    /** Category rows: all categories first, then each source category. */
    private static final List<SourceCategory> CATEGORY_ORDER = Arrays.asList(null, SourceCategory.OGV,
            SourceCategory.HARBOR_CRAFT, SourceCategory.CHE, SourceCategory.LOCOMOTIVE, SourceCategory.HDV);

    private CategoryAssembler() {
    }

    static CategorySection categories(MetricIndex index, int year) {
        List<CategoryRow> rows = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            for (SourceCategory category : CATEGORY_ORDER) {
                for (Pollutant pollutant : ReportPollutants.HEADLINE) {
                    ReductionMetric m = index.get(scope, category, pollutant, year);
                    if (m != null) {
                        rows.add(new CategoryRow(scope.displayName(),
                                category == null ? allCategories(m) : category.displayName(), pollutant.code(),
                                m.getUnit().displayName(), ReportFormats.tons(m.getTons()), m.displayChange(),
                                m.displayChange2017(), ReportFormats.intensity(m.getTonsPer10kTeu()),
                                m.displayEfficiencyChange(), m.displayEfficiencyChange2017()));
                    }
                }
            }
        }
        return new CategorySection(rows);
    }

    /** "All source categories", with "(partial)" when the inventory lacks some (the caveat is in data quality). */
    static String allCategories(ReductionMetric total) {
        return SourceCategory.ALL.displayName() + (total.getCaveat() == null ? "" : " (partial)");
    }

    /** The OGV rows of the category table, OGV's share of San Pedro Bay's key pollutants and its NOx change. */
    static OgvSection ogv(CategorySection categories, MetricIndex index, int year) {
        List<CategoryRow> rows = categories.categories().stream()
                .filter(r -> r.category().equals(SourceCategory.OGV.displayName())).toList();
        List<KeyFigure> figures = new ArrayList<>();
        for (Pollutant p : ReportPollutants.KEY) {
            ReductionMetric ogv = index.get(MetricIndex.BAY, SourceCategory.OGV, p, year);
            Optional<ReductionMetric> all = index.bayTotal(p, year);
            if (ogv != null && all.isPresent() && all.get().getTons().signum() > 0) {
                BigDecimal share = ogv.getTons().divide(all.get().getTons(), MathContext.DECIMAL64);
                figures.add(new KeyFigure("OGV share of San Pedro Bay " + p.code(), ReportFormats.percent(share),
                        "data year " + year));
            }
        }
        ReductionMetric nox = index.get(MetricIndex.BAY, SourceCategory.OGV, Pollutant.NOX, year);
        if (nox != null) {
            figures.add(new KeyFigure("OGV NOx vs 2005", nox.displayChange(), "San Pedro Bay, data year " + year));
        }
        return new OgvSection(rows, figures);
    }
}
