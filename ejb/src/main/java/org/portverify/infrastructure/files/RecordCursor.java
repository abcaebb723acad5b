package org.portverify.infrastructure.files;

import java.io.Closeable;

import org.portverify.domain.submission.SourceRecord;

/**
 * A pull-based, streaming view of the records of one part of a submission package, whatever its format (CSV file,
 * CSV entry of a ZIP, XLSX sheet). Memory stays bounded whatever the part's size.
 */
public interface RecordCursor extends Closeable {

    /** The next non-blank record, or null at the end of the part. */
    SourceRecord next();

    /** Records returned so far, skipped ones included: the position to checkpoint. */
    long recordsRead();

    /** Skips records a previous attempt already committed. */
    default void skip(long records) {
        for (long i = 0; i < records && next() != null; i++) {
            // each call advances one record
        }
    }

    @Override
    void close();

    /** The records of an optional part a package leaves out: none. */
    static RecordCursor empty() {
        return new RecordCursor() {
            @Override
            public SourceRecord next() {
                return null;
            }

            @Override
            public long recordsRead() {
                return 0;
            }

            @Override
            public void close() {
                // nothing was opened
            }
        };
    }
}
