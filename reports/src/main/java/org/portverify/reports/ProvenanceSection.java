package org.portverify.reports;

import java.util.List;
import java.util.Objects;

/**
 * What the figures were computed from: every input file with its digest, and the records refused at ingest (printed
 * under data quality).
 *
 * @param inputs   every input file with its SHA-256
 * @param rejected records refused at ingest (may be empty)
 */
public record ProvenanceSection(List<InputDigest> inputs, List<RejectedRecordRow> rejected) {

    public ProvenanceSection {
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        rejected = List.copyOf(Objects.requireNonNull(rejected, "rejected"));
    }
}
