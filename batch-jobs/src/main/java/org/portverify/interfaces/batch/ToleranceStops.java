package org.portverify.interfaces.batch;

import java.util.HashSet;
import java.util.Set;

import jakarta.batch.runtime.context.StepContext;

/**
 * The versions whose ingest stopped at their tolerance during this step, shared through the step's transient data:
 * the validator adds a version as its refusals pass the tolerance, and the reader stops reading it before its next
 * record, so nothing after that line is read. A restarted step learns it from the stored PV-1060 instead.
 */
final class ToleranceStops {

    private ToleranceStops() {
    }

    @SuppressWarnings("unchecked")
    static Set<Long> of(StepContext step) {
        if (!(step.getTransientUserData() instanceof Set<?>)) {
            step.setTransientUserData(new HashSet<Long>());
        }
        return (Set<Long>) step.getTransientUserData();
    }
}
