package org.portverify.application.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.Submission;
import org.portverify.reports.InputDigest;
import org.portverify.reports.ProvenanceSection;
import org.portverify.reports.RejectedRecordRow;

/**
 * Every input file of the pinned submissions with its digest, and what their ingest refused: records, and the
 * package-level errors (issue 15: these were left out, so a report said "No record was refused" over a PV-1311).
 */
final class ProvenanceAssembler {

    private ProvenanceAssembler() {
    }

    static ProvenanceSection provenance(List<Submission> inputs, Map<Long, List<Finding>> refused) {
        return new ProvenanceSection(inputDigests(inputs), refusedRows(inputs, refused));
    }

    private static List<InputDigest> inputDigests(List<Submission> inputs) {
        List<InputDigest> rows = new ArrayList<>();
        for (Submission s : inputs) {
            String port = s.getPort().name() + " v" + s.getVersion();
            s.getFiles().forEach(f -> rows.add(new InputDigest(port, f.fileName(), f.sha256())));
        }
        return rows;
    }

    private static List<RejectedRecordRow> refusedRows(List<Submission> inputs, Map<Long, List<Finding>> refused) {
        List<RejectedRecordRow> rows = new ArrayList<>();
        for (Submission s : inputs) {
            for (Finding f : refused.getOrDefault(s.getId(), List.of())) {
                rows.add(new RejectedRecordRow(s.getPort().name(), f.fileName(), f.line(), f.field(),
                        f.code().code(), f.message()));
            }
        }
        return rows;
    }
}
