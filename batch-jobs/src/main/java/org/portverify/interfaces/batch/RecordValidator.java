package org.portverify.interfaces.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.domain.submission.RecordRules;
import org.portverify.domain.submission.SourceRecord;

/**
 * Validates a record with the domain's {@link RecordRules}. A refused record throws
 * {@link org.portverify.domain.submission.RecordRejected}, which the job skips and {@link RejectedRecordListener}
 * keeps.
 */
@Named("recordValidator")
@Dependent
public class RecordValidator implements ItemProcessor {

    @Inject
    @BatchProperty
    private String reportingYear;

    private int year;

    /** Records this validator has processed in this execution (for {@link InjectedFailure} only). */
    private long processed;

    @Override
    public Object processItem(Object item) {
        if (year == 0) {
            year = RunParameters.reportingYear(reportingYear);
        }
        InjectedFailure.check(year, ++processed);
        SourceRecord record = (SourceRecord) item;
        return switch (record.part()) {
            case EMISSIONS -> RecordRules.emission(record, year);
            case THROUGHPUT -> RecordRules.throughput(record, year);
            case MILESTONES -> RecordRules.milestone(record, year);
            case FLEET -> RecordRules.fleet(record, year);
            case MANIFEST -> throw new IllegalStateException("The manifest is not ingested record by record");
        };
    }
}
