package org.portverify.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Port;

/**
 * What a run's stored progress was computed from, for the auditor who re-verifies it.
 *
 * @param submissionIds         the pinned submissions (the inputs' versions)
 * @param previousEditions      each port's previous edition (submission id) its 2005 baseline was compared with
 * @param ghgReference1990      the 1990 references as given, or null: GHG goals NO_REFERENCE (PV-3010)
 * @param ghgReferenceSource    the job parameter or the system property it came from
 * @param ghgReferencesMetricTons the references per scope in metric tons CO2e (San Pedro Bay: the ports' sum unless
 *                              given)
 * @param trendWindow           "2017-2025", or "all data years"
 * @param baselineTolerance     the largest 2005 baseline move from the previous edition left unflagged (a fraction)
 */
public record ProgressInputs(long executionId, int reportingYear, List<Long> submissionIds,
                             Map<Port, Long> previousEditions, String ghgReference1990, String ghgReferenceSource,
                             Map<Scope, BigDecimal> ghgReferencesMetricTons, String trendWindow,
                             BigDecimal baselineTolerance) {
}
