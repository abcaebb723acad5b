package org.portverify.domain.submission;

import java.util.List;
import java.util.Map;

/**
 * Where the ingest of a version goes on: the record part it was reading and the last line of that part the database
 * holds (as a figure or a refused record). The data is the ingest's checkpoint: JBeret saves its own checkpoint
 * through the job repository before the chunk's transaction commits, so after a crash between the two it may be
 * ahead of what was stored (issue 13). Lines rise within a part (CSV lines; XLSX rows, PV-1038), and parts are read
 * in {@link SubmissionPart#recordParts()} order, so every line up to this point is stored and none after it.
 *
 * @param partIndex index in {@link SubmissionPart#recordParts()} of the part to read on with
 * @param lastLine  the last line of that part already stored; 0 when nothing of it is
 */
public record ResumePoint(int partIndex, long lastLine) {

    public static final ResumePoint START = new ResumePoint(0, 0);

    /**
     * From the last line stored per file name of the version; names that are not record parts (the package itself,
     * the manifest) and lines 0 and 1 (package errors, the header) say nothing about where reading stopped.
     */
    public static ResumePoint after(Map<String, Long> lastLineByFile) {
        List<SubmissionPart> parts = SubmissionPart.recordParts();
        for (int i = parts.size() - 1; i >= 0; i--) {
            Long line = lastLineByFile.get(parts.get(i).fileName());
            if (line != null && line > 1) {
                return new ResumePoint(i, line);
            }
        }
        return START;
    }

    /** Whether a record read from part {@code partIndex} is already stored. */
    public boolean stores(int partIndex, long line) {
        return partIndex < this.partIndex || partIndex == this.partIndex && line <= lastLine;
    }
}
