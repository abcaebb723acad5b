package org.portverify.domain.verification;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

import org.portverify.domain.submission.ClaimMeasure;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.ClaimScope;
import org.portverify.domain.submission.ClaimedFigure;

/**
 * A headline figure a port publishes, as it states it (a line of its claims.csv): "POLA's DPM fell 90 % from 2005 to
 * 2024". The engine recomputes it from the run's figures and compares ({@link #compare}).
 *
 * @param scope     the port itself or San Pedro Bay (both ports)
 * @param category  a source category, or null for all categories (ALL)
 * @param pollutant the pollutant
 * @param dataYear  the data year claimed
 * @param measure   what is claimed
 * @param value     as published: percent for the changes (-90 for -90 %), tons otherwise
 */
public record Claim(Scope scope, SourceCategory category, Pollutant pollutant, int dataYear, ClaimMeasure measure,
                    BigDecimal value) {

    public Claim {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(pollutant, "pollutant");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
        if (category == SourceCategory.ALL) {
            category = null; // the metrics' all-categories row
        }
    }

    /**
     * A claim as a port's package states it: PORT means the port that files it. Its category stays ALL in the
     * stored line; the claim reads ALL as the all-categories metric.
     */
    public static Claim of(ClaimedFigure stated, Port filedBy) {
        Scope scope = stated.getScope() == ClaimScope.SAN_PEDRO_BAY ? Scope.SAN_PEDRO_BAY : Scope.of(filedBy);
        return new Claim(scope, stated.getCategory(), stated.getPollutant(), stated.getDataYear(),
                stated.getMeasure(), stated.getValue());
    }

    /** What the claim is about, for a reader: "POLA DPM 2024 change vs 2005", "San Pedro Bay OGV NOx 2024 tons". */
    public String subject() {
        return (scope == Scope.SAN_PEDRO_BAY ? "San Pedro Bay" : scope.name()) + " "
                + (category == null ? "" : category.code() + " ") + pollutant.code() + " " + dataYear + " "
                + measure.displayName();
    }

    /**
     * The claim against the run's figure for its scope, category, pollutant and data year: not recomputable with
     * the metric's own issue code when the figure could not be computed (e.g. PV-3001, no 2005 baseline), or with
     * PV-3016 when the package has no such figure at all.
     */
    public ClaimComparison compare(Collection<ReductionMetric> metrics, Materiality materiality) {
        Optional<ReductionMetric> metric = metrics.stream().filter(m -> m.getScope() == scope
                && m.getCategory() == category && m.getPollutant() == pollutant && m.getDataYear() == dataYear)
                .findFirst();
        if (metric.isEmpty()) {
            return ClaimComparison.notRecomputable(value, ErrorCode.CLAIM_FIGURE_MISSING.code());
        }
        ReductionMetric m = metric.get();
        BigDecimal figure;
        String issue;
        switch (measure) {
            // a stored reduction is positive when emissions fell; a claimed change is negative then
            case CHANGE_VS_2005 -> {
                figure = negate(m.getReduction());
                issue = m.getReductionIssue();
            }
            case CHANGE_VS_2017 -> {
                figure = negate(m.getReduction2017());
                issue = m.getReduction2017Issue();
            }
            case EFFICIENCY_CHANGE_VS_2005 -> {
                figure = negate(m.getEfficiencyReduction());
                issue = m.getEfficiencyIssue();
            }
            case EFFICIENCY_CHANGE_VS_2017 -> {
                figure = negate(m.getEfficiencyReduction2017());
                issue = m.getEfficiency2017Issue();
            }
            case TONS -> {
                figure = m.getTons();
                issue = null;
            }
            case TONS_PER_10000_TEU -> {
                figure = m.getTonsPer10kTeu();
                issue = m.getEfficiencyIssue();
            }
            default -> throw new IllegalStateException("unknown measure " + measure);
        }
        if (figure == null) {
            return ClaimComparison.notRecomputable(value, issue == null ? ErrorCode.CLAIM_FIGURE_MISSING.code()
                    : issue);
        }
        return ClaimComparison.compare(measure, value, figure, materiality);
    }

    private static BigDecimal negate(BigDecimal reduction) {
        return reduction == null ? null : reduction.negate();
    }
}
