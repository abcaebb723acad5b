package org.portverify.infrastructure.files;

import java.nio.file.Path;

import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.SubmissionPart;

/** Run in a JVM of its own with a small heap by {@link XlsxStreamingTest}: reads every emission of a workbook. */
public final class XlsxStreamingProbe {

    private XlsxStreamingProbe() {
    }

    public static void main(String[] args) {
        long records = 0;
        SourceRecord last = null;
        try (RecordCursor cursor = SubmissionPackages.open(Path.of(args[0]))
                .open(SubmissionPart.EMISSIONS, 1, 0)) {
            for (SourceRecord record = cursor.next(); record != null; record = cursor.next()) {
                records++;
                last = record;
            }
        }
        System.out.println(records + " records, last: row " + last.line() + " " + last.raw());
    }
}
