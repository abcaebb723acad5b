package org.portverify.domain.metrics.goals;

import java.util.Arrays;
import java.util.Optional;

import org.portverify.domain.model.SourceCategory;

/** The 2017 CAAP update's zero-emission goals: all cargo handling equipment by 2030, all drayage trucks by 2035. */
public enum ZeroEmissionGoal {
    CARGO_HANDLING_EQUIPMENT(SourceCategory.CHE, 2030),
    DRAYAGE_TRUCKS(SourceCategory.HDV, 2035);

    private final SourceCategory category;
    private final int year;

    ZeroEmissionGoal(SourceCategory category, int year) {
        this.category = category;
        this.year = year;
    }

    public SourceCategory category() {
        return category;
    }

    /** The year by which every unit is to be zero-emission. */
    public int year() {
        return year;
    }

    public static Optional<ZeroEmissionGoal> of(SourceCategory category) {
        return Arrays.stream(values()).filter(g -> g.category == category).findFirst();
    }
}
