package org.portverify.domain.submission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portverify.domain.agreement.Milestone;

/**
 * A version's accepted records streamed in package order: keeps the first record of each key and answers, for a
 * repeated one, the duplicate error {@link PackageRules#duplicates} gives it (naming its key's first line). What it
 * holds grows with the distinct keys (data years x categories x pollutants, milestone ids, claims), never with the repeats,
 * and {@link #records()} is what {@link PackageRules#check} reads, as the ingest's set-based checks give it.
 */
public final class FirstOccurrences {

    private final Map<List<Object>, Long> emissionKeys = new HashMap<>();
    private final Map<Integer, Long> throughputKeys = new HashMap<>();
    private final Map<String, Long> milestoneKeys = new HashMap<>();
    private final Map<List<Object>, Long> fleetKeys = new HashMap<>();
    private final Map<List<Object>, Long> claimKeys = new HashMap<>();
    private final List<InventoryFigure> emissions = new ArrayList<>();
    private final List<Throughput> throughput = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<FleetFigure> fleet = new ArrayList<>();
    private final List<ClaimedFigure> claims = new ArrayList<>();

    /** Keeps {@code record} when its key is new; otherwise the duplicate error on its line. */
    public Optional<Finding> add(Object record) {
        if (record instanceof InventoryFigure f) {
            Long first = emissionKeys.putIfAbsent(Arrays.asList(f.getDataYear(), f.getCategory(), f.getSubCategory(),
                    f.getPollutant()), f.getSourceLine());
            return first == null ? kept(emissions, f) : Optional.of(PackageRules.duplicateEmission(f.getSourceLine(),
                    first, f.getDataYear(), f.getCategory(), f.getSubCategory(), f.getPollutant()));
        }
        if (record instanceof Throughput t) {
            Long first = throughputKeys.putIfAbsent(t.getDataYear(), t.getSourceLine());
            return first == null ? kept(throughput, t)
                    : Optional.of(PackageRules.duplicateThroughput(t.getSourceLine(), first, t.getDataYear()));
        }
        if (record instanceof Milestone m) {
            Long first = milestoneKeys.putIfAbsent(m.getMilestoneId(), m.getSourceLine());
            return first == null ? kept(milestones, m)
                    : Optional.of(PackageRules.duplicateMilestone(m.getSourceLine(), first, m.getMilestoneId()));
        }
        if (record instanceof ClaimedFigure c) {
            Long first = claimKeys.putIfAbsent(PackageRules.claimKey(c), c.getSourceLine());
            return first == null ? kept(claims, c) : Optional.of(PackageRules.duplicateClaim(c.getSourceLine(), first,
                    c.getScope(), c.getCategory(), c.getPollutant(), c.getDataYear(), c.getMeasure()));
        }
        FleetFigure f = (FleetFigure) record;
        Long first = fleetKeys.putIfAbsent(List.of(f.getDataYear(), f.getCategory()), f.getSourceLine());
        return first == null ? kept(fleet, f) : Optional.of(PackageRules.duplicateFleet(f.getSourceLine(), first,
                f.getDataYear(), f.getCategory()));
    }

    private static <T> Optional<Finding> kept(List<T> records, T record) {
        records.add(record);
        return Optional.empty();
    }

    /** The first record of each key, in package order. */
    public AcceptedRecords records() {
        return new AcceptedRecords(emissions, throughput, milestones, fleet, claims);
    }
}
