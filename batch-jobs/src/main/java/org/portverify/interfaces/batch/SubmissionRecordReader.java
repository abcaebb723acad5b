package org.portverify.interfaces.batch;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.PendingSubmission;
import org.portverify.application.SubmissionIntake;
import org.portverify.domain.submission.ResumePoint;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.SubmissionPart;
import org.portverify.infrastructure.files.RecordCursor;
import org.portverify.infrastructure.files.SubmissionPackages;

/**
 * Reads, one record at a time, every record part of the versions this execution ingests (the upload of
 * ingest-submission, or the versions annual-verification registered), whatever their carrier. Each version is read
 * on from its {@link ResumePoint}, what the database holds for it, never from JBeret's checkpoint, which a crash can
 * leave ahead of the data (issue 13): a (re)started step reads every line not yet stored, and only those. A version
 * whose ingest stopped at its tolerance (PV-1060; {@link ToleranceStops}) is read no further: it goes on with the next.
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

    private List<PendingSubmission> pending;
    private int submissionIndex;
    /** Where the current version goes on; null before its first record is read. */
    private ResumePoint resume;
    private int partIndex;
    private RecordCursor cursor;

    @Override
    public void open(Serializable checkpoint) {
        // The checkpoint (a RecordPosition of older executions, or nothing) is not read: the data is the checkpoint.
        pending = intake.pendingOf(job.getExecutionId());
    }

    @Override
    public Object readItem() {
        while (submissionIndex < pending.size()) {
            long submissionId = pending.get(submissionIndex).id();
            if (resume == null) {
                if (intake.stoppedAtTolerance(submissionId)) {
                    nextSubmission();
                    continue;
                }
                resume = intake.resumePointOf(submissionId);
                partIndex = resume.partIndex();
            } else if (ToleranceStops.of(step).contains(submissionId)) {
                nextSubmission();
                continue;
            }
            if (cursor == null) {
                PendingSubmission submission = pending.get(submissionIndex);
                cursor = SubmissionPackages.at(submission.location(), submission.port(), submission.reportingYear())
                        .open(PARTS.get(partIndex), submissionId, 0);
            }
            SourceRecord record = cursor.next();
            if (record == null) {
                closeCursor();
                if (++partIndex == PARTS.size()) {
                    nextSubmission();
                }
            } else if (!resume.stores(partIndex, record.line())) {
                return record;
            }
        }
        return null;
    }

    private void nextSubmission() {
        closeCursor();
        submissionIndex++;
        resume = null;
    }

    /** Nothing to save: the stored lines are where reading resumes. */
    @Override
    public Serializable checkpointInfo() {
        return null;
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
