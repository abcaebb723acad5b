package org.portverify.application.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.qa.QaFlag;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.PackageFormat;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionDeadline;
import org.portverify.reports.DataQualitySection;
import org.portverify.reports.QaFlagRow;
import org.portverify.reports.SubmissionRow;

/** Section 8: the submissions used, the quality flags, and what the run lacked or restated. */
final class DataQualityAssembler {

    private DataQualityAssembler() {
    }

    /**
     * @param missing   the sentences of {@link #missingSubmissions}, which open the restatements
     * @param reportedExecutionId the execution id the report prints (the REST path of every flag names it)
     * @param deadline  the submission deadline the run recorded, which late inputs are flagged against
     */
    static DataQualitySection dataQuality(List<Submission> inputs, List<QaFlag> flags, List<String> missing,
                                          List<String> caveats, long reportedExecutionId,
                                          Optional<LocalDate> deadline) {
        List<String> sentences = new ArrayList<>(restatements(inputs, flags, missing));
        sentences.addAll(caveats);
        return new DataQualitySection(submissionRows(inputs, deadline), qaFlagRows(flags, reportedExecutionId),
                sentences);
    }

    /**
     * One sentence per entity and caveat, naming the pollutants whose reporting-year totals rest on that partial
     * inventory (PV-1260): the tables mark them "(partial)", this says what they lack.
     */
    static List<String> caveats(List<ReductionMetric> metrics, int year) {
        Map<List<String>, List<String>> pollutants = new LinkedHashMap<>();
        metrics.stream().filter(m -> m.getCategory() == null && m.getDataYear() == year && m.getCaveat() != null)
                .forEach(m -> pollutants.computeIfAbsent(List.of(m.getScope().displayName(), m.getCaveat()),
                        k -> new ArrayList<>()).add(m.getPollutant().code()));
        List<String> sentences = new ArrayList<>();
        pollutants.forEach((key, codes) -> sentences.add(ErrorCode.PARTIAL_INVENTORY.code() + " " + key.get(0) + " "
                + String.join(", ", codes) + " (partial): " + key.get(1) + "."));
        return sentences;
    }

    /**
     * One sentence per port without a pinned submission (PV-4101). Derived from the pinned inputs rather than from
     * the run's logged reasons, which name a server folder, so that the sentence is the same on every server.
     */
    static List<String> missingSubmissions(List<Submission> inputs, int year) {
        List<String> sentences = new ArrayList<>();
        for (Port port : Port.values()) {
            if (inputs.stream().noneMatch(s -> s.getPort() == port)) {
                sentences.add(ErrorCode.SUBMISSION_MISSING_FOR_RUN.code() + " " + port.displayName()
                        + " has no accepted submission for reporting year " + year
                        + ": its figures, and the San Pedro Bay totals that need them, are missing from this report.");
            }
        }
        return sentences;
    }

    private static List<SubmissionRow> submissionRows(List<Submission> inputs, Optional<LocalDate> deadline) {
        return inputs.stream().map(s -> new SubmissionRow(s.getPort().name(), "v" + s.getVersion(),
                Objects.toString(s.getEdition(), ""), ReportFormats.date(s.getSubmittedOn()),
                ReportFormats.words(s.getStatus().name()), received(s, deadline), s.getPackageSha256())).toList();
    }

    /**
     * How the version arrived and who vouched for it (filed by the regulator, or certified and accepted by a
     * reviewer), and, when the run recorded a deadline it missed, that it was late and by when due.
     */
    private static String received(Submission s, Optional<LocalDate> deadline) {
        PackageFormat format = s.getFormat();
        String carrier = format == null || format == PackageFormat.FOLDER ? "CSV folder" : format.name() + " upload";
        String how = (s.getUploadedBy() == null ? carrier : carrier + " by " + s.getUploadedBy()) + switch (
                s.getReviewState()) {
            case FILED -> ", filed by the regulator";
            case ACCEPTED -> s.getReviewedBy() == null ? ", accepted on validation before certification existed"
                    : ", certified and accepted by " + s.getReviewedBy();
            default -> "";
        };
        return deadline.filter(due -> SubmissionDeadline.missed(s.getReceivedAt(), due))
                .map(due -> how + "; LATE: received " + s.getReceivedAt().atZone(SubmissionDeadline.REGULATOR_TIME)
                        .toLocalDate() + ", due " + due).orElse(how);
    }

    /**
     * The flags on the totals (all categories) one per row; those on single source categories, which can run to
     * pages, as one closing row counting them by code (every flag stays available from the REST API).
     */
    private static List<QaFlagRow> qaFlagRows(List<QaFlag> flags, long executionId) {
        List<QaFlagRow> rows = new ArrayList<>(flags.stream().filter(f -> f.category() == null)
                .map(f -> new QaFlagRow(ReportFormats.words(f.level().name()), f.code().code(),
                        f.scope().displayName(), "All " + f.pollutant().code(), String.valueOf(f.dataYear()),
                        f.message())).toList());
        Map<String, Long> byCode = new TreeMap<>(flags.stream().filter(f -> f.category() != null)
                .collect(Collectors.groupingBy(f -> f.code().code(), Collectors.counting())));
        if (!byCode.isEmpty()) {
            long count = byCode.values().stream().mapToLong(Long::longValue).sum();
            rows.add(new QaFlagRow("", "", "Both ports and San Pedro Bay", "By category",
                    "", count + " further flag" + (count == 1 ? "" : "s") + " on single source categories ("
                            + byCode.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                            .collect(Collectors.joining(", ")) + "); every flag: GET /api/progress/" + executionId
                            + "/qa-flags."));
        }
        return rows;
    }

    /**
     * Ports that submitted nothing the run could use, baselines that moved between editions, and versions that
     * replaced an earlier accepted one.
     */
    private static List<String> restatements(List<Submission> inputs, List<QaFlag> flags, List<String> missing) {
        List<String> sentences = new ArrayList<>(missing);
        for (Submission s : inputs) {
            if (s.getVersion() > 1) {
                sentences.add(s.getPort().displayName() + ": version " + s.getVersion() + " of the "
                        + s.getReportingYear() + " package (edition " + s.getEdition()
                        + ") replaces the versions before it; the earlier figures are kept, not used.");
            }
        }
        flags.stream().filter(f -> f.code() == ErrorCode.QA_BASELINE_MOVED)
                .forEach(f -> sentences.add(f.code().code() + " " + f.message()));
        return sentences;
    }
}
