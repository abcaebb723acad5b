package org.portverify.domain.submission;

import java.util.List;

import org.portverify.domain.agreement.Milestone;

/** Every record of one submission that passed the record rules: the input of {@link PackageRules}. */
public record AcceptedRecords(List<InventoryFigure> emissions, List<Throughput> throughput,
                              List<Milestone> milestones, List<FleetFigure> fleet, List<ClaimedFigure> claims) {

    public AcceptedRecords {
        emissions = List.copyOf(emissions);
        throughput = List.copyOf(throughput);
        milestones = List.copyOf(milestones);
        fleet = List.copyOf(fleet);
        claims = List.copyOf(claims);
    }

    /** A package without claims (the part is optional). */
    public AcceptedRecords(List<InventoryFigure> emissions, List<Throughput> throughput,
                           List<Milestone> milestones, List<FleetFigure> fleet) {
        this(emissions, throughput, milestones, fleet, List.of());
    }
}
