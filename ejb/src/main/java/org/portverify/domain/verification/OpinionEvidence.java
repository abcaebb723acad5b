package org.portverify.domain.verification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.Severity;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionDeadline;

/**
 * What a verifier weighs for one port and reporting year, turned into the reasons of its opinion: whether the port's
 * package was there and on time, and what the consistency checks found in the accepted version
 * ({@link org.portverify.domain.submission.ConsistencyRules}, and the plausibility warnings of the package rules).
 * Several findings of one code make one reason: how many, and the first in file and line order.
 */
public final class OpinionEvidence {

    /**
     * The codes of the checks whether the figures hold together: as errors they are critical inconsistencies, as
     * warnings findings.
     */
    static final Set<ErrorCode> CONSISTENCY = EnumSet.of(ErrorCode.TOTAL_DISAGREES_WITH_CATEGORIES,
            ErrorCode.PM25_ABOVE_PM10, ErrorCode.DPM_ABOVE_PM10, ErrorCode.CO2E_DISAGREES_WITH_GASES,
            ErrorCode.UNITS_MIXED,
            ErrorCode.YEAR_OVER_YEAR_CHANGE, ErrorCode.BASELINE_RESTATED, ErrorCode.MAGNITUDE_CHANGED,
            ErrorCode.DATA_YEAR_RESTATED, ErrorCode.REPORTED_BEFORE_MISSING);

    private OpinionEvidence() {
    }

    /**
     * The reasons of one port's opinion.
     *
     * @param input    the version the run used, empty when the port had none accepted
     * @param findings that version's package-level findings (errors, warnings, notes)
     * @param deadline the submission deadline the run recorded, if any
     * @param claims   the reasons its claims gave ({@link OpinionReason#reasonFor})
     */
    public static List<OpinionReason> reasons(Port port, int reportingYear, Optional<Submission> input,
                                              Collection<Finding> findings, Optional<LocalDate> deadline,
                                              Collection<OpinionReason> claims) {
        if (input.isEmpty()) {
            return List.of(new OpinionReason(ReasonKind.MISSING_SUBMISSION,
                    ErrorCode.SUBMISSION_MISSING_FOR_RUN.code(), port.displayName()
                    + " has no accepted submission for reporting year " + reportingYear + ": nothing to verify"));
        }
        Submission submission = input.get();
        List<OpinionReason> reasons = new ArrayList<>(claims);
        deadline.filter(due -> SubmissionDeadline.missed(submission.getReceivedAt(), due)).ifPresent(due ->
                reasons.add(new OpinionReason(ReasonKind.LATE_SUBMISSION, null, "version "
                        + submission.getVersion() + " received " + submission.getReceivedAt()
                        .atZone(SubmissionDeadline.REGULATOR_TIME).toLocalDate() + ", due " + due)));
        Map<List<Object>, List<Finding>> byCode = new LinkedHashMap<>();
        findings.stream().sorted(Finding.ORDER).forEach(f -> {
            ReasonKind kind = kindOf(f);
            if (kind != null) {
                byCode.computeIfAbsent(List.of(kind, f.code()), k -> new ArrayList<>()).add(f);
            }
        });
        byCode.forEach((key, same) -> {
            Finding first = same.get(0);
            String count = same.size() == 1 ? "" : same.size() + " findings, the first: ";
            reasons.add(new OpinionReason((ReasonKind) key.get(0), first.code().code(), count + first.fileName()
                    + " line " + first.line() + ": " + first.message()));
        });
        return reasons.stream().sorted(OpinionReason.ORDER).toList();
    }

    /** The reason a finding weighs as, or null when it says nothing about the figures holding together. */
    static ReasonKind kindOf(Finding finding) {
        if (finding.code() == ErrorCode.PARTIAL_INVENTORY) {
            return ReasonKind.PARTIAL_INVENTORY;
        }
        if (!CONSISTENCY.contains(finding.code())) {
            return null;
        }
        return finding.severity() == Severity.ERROR ? ReasonKind.CRITICAL_INCONSISTENCY
                : ReasonKind.INCONSISTENCY_WARNING;
    }
}
