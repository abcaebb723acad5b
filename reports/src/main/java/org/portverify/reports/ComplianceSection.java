package org.portverify.reports;

import java.util.List;
import java.util.Objects;

/**
 * Section 7: Cooperative Agreement compliance.
 *
 * @param rulesVersion  the Cooperative Agreement rules version the compliance figures used, e.g. {@code "CA-2025.1"}
 * @param milestones    status of each milestone and plan deadline (may be empty)
 * @param defaults      the defaults charged, with their penalties (may be empty)
 * @param penaltyTotals penalties into the Clean Air Mitigation Fund per port, the last row being the total (may be
 *                      empty)
 */
public record ComplianceSection(String rulesVersion, List<MilestoneStatusRow> milestones, List<DefaultRow> defaults,
                                List<PenaltyTotalRow> penaltyTotals) {

    public ComplianceSection {
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        milestones = List.copyOf(Objects.requireNonNull(milestones, "milestones"));
        defaults = List.copyOf(Objects.requireNonNull(defaults, "defaults"));
        penaltyTotals = List.copyOf(Objects.requireNonNull(penaltyTotals, "penaltyTotals"));
    }
}
