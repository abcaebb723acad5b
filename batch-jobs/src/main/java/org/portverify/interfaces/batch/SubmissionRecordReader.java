package org.portverify.interfaces.batch;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.PendingSubmission;
import org.portverify.application.SubmissionIntake;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.SubmissionPart;
import org.portverify.infrastructure.files.RecordCursor;
import org.portverify.infrastructure.files.SubmissionPackages;

/**
 * Reads, one record at a time, every record part of the versions this execution ingests (the upload of
 * ingest-submission, or the versions annual-verification registered). Streams the parts whatever their carrier;
 * the checkpoint is a {@link RecordPosition}. Stops reading a version as soon as the intake says its refused
 * records passed its tolerance (asked after each skip, counted by the step's PROCESS_SKIP_COUNT): it goes on with
 * the next version, and ends (the step goes to close-ingest) after the last.
 */
@Named("submissionRecordReader")
@Dependent
public class SubmissionRecordReader extends AbstractItemReader {

    private static final List<SubmissionPart> PARTS = SubmissionPart.recordParts();

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    private SubmissionIntake intake;

    /** The step's skips when the tolerance was last asked about; -1 asks at once (a restart may resume past it). */
    private long skipsAsked = -1;

    private List<PendingSubmission> pending;
    private int submissionIndex;
    private int partIndex;
    private long recordsToSkip;
    private RecordCursor cursor;

    @Override
    public void open(Serializable checkpoint) {
        pending = intake.pendingOf(job.getExecutionId());
        RecordPosition position = checkpoint == null ? RecordPosition.START : (RecordPosition) checkpoint;
        submissionIndex = position.submissionIndex();
        partIndex = position.partIndex();
        recordsToSkip = position.recordsRead();
    }

    @Override
    public Object readItem() {
        while (submissionIndex < pending.size()) {
            long skips = processSkips();
            if (skips != skipsAsked) {
                skipsAsked = skips;
                if (intake.stopsAtTolerance(pending.get(submissionIndex).id())) {
                    closeCursor();
                    partIndex = 0;
                    recordsToSkip = 0;
                    submissionIndex++;
                    skipsAsked = -1;
                    continue;
                }
            }
            if (cursor == null) {
                PendingSubmission submission = pending.get(submissionIndex);
                cursor = SubmissionPackages.at(submission.location(), submission.port(), submission.reportingYear())
                        .open(PARTS.get(partIndex), submission.id(), recordsToSkip);
                recordsToSkip = 0;
            }
            SourceRecord record = cursor.next();
            if (record != null) {
                return record;
            }
            closeCursor();
            if (++partIndex == PARTS.size()) {
                partIndex = 0;
                submissionIndex++;
            }
        }
        return null;
    }

    private long processSkips() {
        for (Metric metric : step.getMetrics()) {
            if (metric.getType() == Metric.MetricType.PROCESS_SKIP_COUNT) {
                return metric.getValue();
            }
        }
        return 0;
    }

    @Override
    public Serializable checkpointInfo() {
        return new RecordPosition(submissionIndex, partIndex, cursor == null ? 0 : cursor.recordsRead());
    }

    @Override
    public void close() {
        closeCursor();
    }

    private void closeCursor() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }
}
