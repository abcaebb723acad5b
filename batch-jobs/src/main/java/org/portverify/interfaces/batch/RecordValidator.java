package org.portverify.interfaces.batch;

import java.util.HashMap;
import java.util.Map;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.SubmissionIntake;
import org.portverify.domain.submission.RecordRules;
import org.portverify.domain.submission.SourceRecord;

/**
 * Validates a record with the domain's {@link RecordRules} for its version's reporting year. A refused record
 * throws {@link org.portverify.domain.submission.RecordRejected}, which the job skips and
 * {@link RejectedRecordListener} keeps.
 */
@Named("recordValidator")
@Dependent
public class RecordValidator implements ItemProcessor {

    @Inject
    private SubmissionIntake intake;

    /** The reporting year of each version read so far: one lookup per version, not per record. */
    private final Map<Long, Integer> reportingYears = new HashMap<>();

    @Override
    public Object processItem(Object item) throws Exception {
        SourceRecord record = (SourceRecord) item;
        return RecordRules.validate(record,
                reportingYears.computeIfAbsent(record.submissionId(), intake::reportingYearOf));
    }
}
