package org.portverify.interfaces.batch;

import java.io.Serializable;

/**
 * The checkpoint the ingest reader saved before issue 13 (which pending submission, which of its record files, how
 * many records of that file). Kept only so that a restart of such an execution can still read its checkpoint; the
 * reader ignores it and resumes from what the database holds ({@link org.portverify.domain.submission.ResumePoint}).
 */
public record RecordPosition(int submissionIndex, int partIndex, long recordsRead) implements Serializable {
}
