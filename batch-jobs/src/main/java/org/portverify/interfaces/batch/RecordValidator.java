package org.portverify.interfaces.batch;

import java.util.HashMap;
import java.util.Map;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.SubmissionIntake;
import org.portverify.domain.submission.RecordRejected;
import org.portverify.domain.submission.RecordRules;
import org.portverify.domain.submission.SourceRecord;

/**
 * Validates a record with the domain's {@link RecordRules} for its version's reporting year. An accepted record goes
 * on to the writer. A refused one is kept by the intake in the chunk's transaction and filtered out (the step's
 * FILTER_COUNT counts refusals): unlike a skipped item it counts towards the chunk, so a long run of refused lines
 * still commits chunk by chunk. Once a version's refusals pass its tolerance, the reader reads no more of it
 * ({@link ToleranceStops}).
 */
@Named("recordValidator")
@Dependent
public class RecordValidator implements ItemProcessor {

    @Inject
    private SubmissionIntake intake;

    /** The reporting year of each version read so far: one lookup per version, not per record. */
    private final Map<Long, Integer> reportingYears = new HashMap<>();

    /**
     * Refused records per version, counted from the database once per step: a chunk that rolls back fails the step,
     * and a restarted step has a new validator.
     */
    private final Map<Long, Long> refused = new HashMap<>();

    @Inject
    private StepContext step;

    @Override
    public Object processItem(Object item) throws Exception {
        SourceRecord record = (SourceRecord) item;
        long submissionId = record.submissionId();
        try {
            return RecordRules.validate(record, reportingYears.computeIfAbsent(submissionId, intake::reportingYearOf));
        } catch (RecordRejected rejection) {
            long count = refused.computeIfAbsent(submissionId, intake::refusedSoFar) + 1;
            refused.put(submissionId, count);
            if (intake.keepRefused(record, rejection, count)) {
                ToleranceStops.of(step).add(submissionId);
            }
            return null;
        }
    }
}
