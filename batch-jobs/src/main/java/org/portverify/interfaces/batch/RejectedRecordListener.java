package org.portverify.interfaces.batch;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.SubmissionIntake;
import org.portverify.domain.submission.RecordRejected;
import org.portverify.domain.submission.SourceRecord;

/** Keeps every skipped record with its raw line, field, code and reason, in the same transaction as its chunk. */
@Named("rejectedRecordListener")
@Dependent
public class RejectedRecordListener implements SkipProcessListener {

    @Inject
    private SubmissionIntake intake;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        intake.recordRejection((SourceRecord) item, (RecordRejected) ex);
    }
}
