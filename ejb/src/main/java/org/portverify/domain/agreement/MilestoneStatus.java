package org.portverify.domain.agreement;

import org.portverify.domain.model.Coded;

/**
 * A milestone's status as the port reports it. Kept as reported: whether a milestone is late is decided from its
 * dates ({@link Milestone#isLateAt}), not from this word.
 */
public enum MilestoneStatus implements Coded {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    DELAYED;

    @Override
    public String code() {
        return name();
    }
}
