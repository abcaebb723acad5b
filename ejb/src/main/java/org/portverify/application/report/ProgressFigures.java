package org.portverify.application.report;

import java.util.List;
import java.util.Map;

import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.goals.ZeroEmissionShare;
import org.portverify.domain.metrics.qa.QaFlag;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.model.Pollutant;

/**
 * What the run's progress review derives from its metrics: the CAAP standards, the quality flags, the zero-emission
 * shares, and the San Pedro Bay trend of each key pollutant's tons ({@link ReportPollutants#KEY}, all categories).
 */
public record ProgressFigures(List<StandardProgress> standards, List<QaFlag> qaFlags,
                              List<ZeroEmissionShare> zeroEmission, Map<Pollutant, Trend> trends) {

    public ProgressFigures {
        standards = List.copyOf(standards);
        qaFlags = List.copyOf(qaFlags);
        zeroEmission = List.copyOf(zeroEmission);
        trends = Map.copyOf(trends);
    }
}
