package org.portverify.reports;

import java.util.List;
import java.util.Objects;

/**
 * Section 8: data quality (the rejected records it also prints are the {@link ProvenanceSection}'s).
 *
 * @param submissions  the submission versions the run used
 * @param qaFlags      the auditors' quality flags
 * @param restatements restatements and scope changes, one sentence each
 */
public record DataQualitySection(List<SubmissionRow> submissions, List<QaFlagRow> qaFlags,
                                 List<String> restatements) {

    public DataQualitySection {
        submissions = List.copyOf(Objects.requireNonNull(submissions, "submissions"));
        qaFlags = List.copyOf(Objects.requireNonNull(qaFlags, "qaFlags"));
        restatements = List.copyOf(Objects.requireNonNull(restatements, "restatements"));
    }

    /** No submissions, flags or restatements. */
    public static DataQualitySection none() {
        return new DataQualitySection(List.of(), List.of(), List.of());
    }
}
