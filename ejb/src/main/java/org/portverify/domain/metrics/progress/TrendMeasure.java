package org.portverify.domain.metrics.progress;

import java.math.BigDecimal;
import java.util.function.Function;

import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.model.Pollutant;

/** What a stored trend follows: the tons of a series, or its tons per 10,000 TEU (emissions efficiency). */
public enum TrendMeasure {
    TONS(ReductionMetric::getTons, ""),
    TONS_PER_10K_TEU(ReductionMetric::getTonsPer10kTeu, " per 10,000 TEU");

    private final Function<ReductionMetric, BigDecimal> value;
    private final String suffix;

    TrendMeasure(Function<ReductionMetric, BigDecimal> value, String suffix) {
        this.value = value;
        this.suffix = suffix;
    }

    public Function<ReductionMetric, BigDecimal> value() {
        return value;
    }

    /** "short tons", "metric tons per 10,000 TEU". */
    public String unit(Pollutant pollutant) {
        return pollutant.reportingUnit().displayName() + suffix;
    }
}
