package org.portverify.domain.submission;

import java.util.List;

import org.portverify.domain.agreement.Milestone;

/** Every record of one submission that passed the record rules: the input of {@link PackageRules}. */
public record AcceptedRecords(List<InventoryFigure> emissions, List<Throughput> throughput,
                              List<Milestone> milestones, List<FleetFigure> fleet) {

    public AcceptedRecords {
        emissions = List.copyOf(emissions);
        throughput = List.copyOf(throughput);
        milestones = List.copyOf(milestones);
        fleet = List.copyOf(fleet);
    }
}
