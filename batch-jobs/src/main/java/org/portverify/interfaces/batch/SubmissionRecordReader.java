package org.portverify.interfaces.batch;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
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
 * Reads, one record at a time, every record part of the submissions to ingest: the one named by {@code submissionId}
 * (ingest-submission), or every submission of {@code reportingYear} awaiting ingest (annual-verification). Streams
 * the parts whatever their carrier; the checkpoint is a {@link RecordPosition}.
 */
@Named("submissionRecordReader")
@Dependent
public class SubmissionRecordReader extends AbstractItemReader {

    private static final List<SubmissionPart> PARTS = SubmissionPart.recordParts();

    @Inject
    @BatchProperty
    private String reportingYear;

    @Inject
    @BatchProperty
    private String submissionId;

    @Inject
    @BatchProperty
    private String pinnedSubmissions;

    @Inject
    private SubmissionIntake intake;

    private List<PendingSubmission> pending;
    private int submissionIndex;
    private int partIndex;
    private long recordsToSkip;
    private RecordCursor cursor;

    @Override
    public void open(Serializable checkpoint) {
        // A re-verification's re-run ingests nothing: its inputs are the pinned, already accepted versions.
        pending = !RunParameters.pinnedSubmissions(pinnedSubmissions).isEmpty() ? List.of()
                : submissionId == null || submissionId.isBlank()
                ? intake.pending(RunParameters.reportingYear(reportingYear))
                : intake.pendingOne(Long.parseLong(submissionId));
        RecordPosition position = checkpoint == null ? RecordPosition.START : (RecordPosition) checkpoint;
        submissionIndex = position.submissionIndex();
        partIndex = position.partIndex();
        recordsToSkip = position.recordsRead();
    }

    @Override
    public Object readItem() {
        while (submissionIndex < pending.size()) {
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
