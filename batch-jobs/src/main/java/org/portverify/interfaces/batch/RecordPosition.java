package org.portverify.interfaces.batch;

import java.io.Serializable;

/**
 * Checkpoint of the ingest reader: which pending submission, which of its record files, and how many records of that
 * file are committed. Restart re-opens the file and skips exactly that many.
 */
public record RecordPosition(int submissionIndex, int partIndex, long recordsRead) implements Serializable {

    public static final RecordPosition START = new RecordPosition(0, 0, 0);
}
