package org.portverify.domain.agreement.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.portverify.domain.agreement.AgreementRules;
import org.portverify.domain.agreement.Milestone;
import org.portverify.domain.agreement.MilestoneKind;
import org.portverify.domain.agreement.PlanDeadline;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;

/**
 * A port's compliance with one rules version as of a date: the status of every milestone it reported and of every
 * plan deadline of the rules, and the defaults among them.
 *
 * <p>The as-of date is a local date in America/Los_Angeles ({@link
 * org.portverify.domain.agreement.CooperativeAgreement#TIME_ZONE}); a caller holding an instant converts it first.
 * It is read as the <em>end</em> of that day, as {@link Milestone#isLate} reads it: a milestone due on the as-of date
 * and not completed that day is MISSED.
 */
public final class ComplianceEvaluation {

    private static final Comparator<ComplianceItem> TABLE_ORDER = Comparator
            .comparing(ComplianceItem::phase)
            .thenComparing(ComplianceItem::dueDate)
            .thenComparing(ComplianceItem::category)
            .thenComparing(ComplianceItem::kind)
            .thenComparing(ComplianceItem::ruleKey)
            .thenComparing(ComplianceItem::milestoneId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final AgreementRules rules;
    private final Port port;
    private final LocalDate asOf;
    private final List<ComplianceItem> items;
    private final List<ComplianceItem> defaults;

    private ComplianceEvaluation(AgreementRules rules, Port port, LocalDate asOf, List<ComplianceItem> items) {
        this.rules = rules;
        this.port = port;
        this.asOf = asOf;
        this.items = List.copyOf(items);
        this.defaults = defaultsOf(this.items);
    }

    /**
     * Evaluates the port's accepted milestones (those of its accepted submission for the run) against the rules.
     *
     * @param asOf the run's as-of date in America/Los_Angeles, read as the end of that day
     * @throws RuleViolation PV-2020 when the rules version takes effect only after {@code asOf}
     */
    public static ComplianceEvaluation evaluate(AgreementRules rules, Port port, LocalDate asOf,
                                                Collection<Milestone> milestones) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isBefore(rules.effectiveFrom())) {
            throw new RuleViolation(ErrorCode.RULES_NOT_IN_FORCE, rules.version(), rules.effectiveFrom(), asOf);
        }
        List<ComplianceItem> items = new ArrayList<>();
        Set<String> reportedKeys = new HashSet<>();
        for (Milestone milestone : milestones) {
            ComplianceItem item = reported(rules, asOf, milestone);
            reportedKeys.add(item.ruleKey());
            items.add(item);
        }
        for (PlanDeadline deadline : rules.planDeadlines()) {
            if (!reportedKeys.contains(deadline.ruleKey())) {
                items.add(unreported(rules, asOf, deadline));
            }
        }
        items.sort(TABLE_ORDER);
        return new ComplianceEvaluation(rules, port, asOf, items);
    }

    /**
     * The status of one milestone as of the end of {@code asOf}. A completion after {@code asOf} is not known on that
     * date and counts as not completed. Completion on the due date is on time. A late milestone is EXCUSED only when
     * it is outside the port's control <em>and</em> names its flexibility option: the facts excuse a delay through a
     * flexibility option, so one declared outside the port's control without a reference stays a default (intake
     * refuses such a row, PV-1415, so it arises only from milestones built otherwise).
     *
     * @param completed         the completion date, or {@code null}
     * @param dueSoonWindowDays an open milestone due 1 to this many days after {@code asOf} is DUE_SOON
     */
    public static ComplianceStatus status(LocalDate due, LocalDate completed, boolean withinPortControl,
                                          String flexibilityRef, LocalDate asOf, int dueSoonWindowDays) {
        LocalDate done = known(completed, asOf);
        if (done != null && !done.isAfter(due)) {
            return ComplianceStatus.COMPLETED_ON_TIME;
        }
        if (done == null && due.isAfter(asOf)) {
            return ChronoUnit.DAYS.between(asOf, due) <= dueSoonWindowDays
                    ? ComplianceStatus.DUE_SOON : ComplianceStatus.NOT_YET_DUE;
        }
        if (!withinPortControl && flexibilityRef != null && !flexibilityRef.isBlank()) {
            return ComplianceStatus.EXCUSED;
        }
        return done != null ? ComplianceStatus.COMPLETED_LATE : ComplianceStatus.MISSED;
    }

    private static ComplianceItem reported(AgreementRules rules, LocalDate asOf, Milestone milestone) {
        MilestoneKind kind = milestone.getKind();
        // A plan is due when the agreement says, whatever date the port wrote; where the rules have no date yet
        // (a draft plan of phase 2 or 3), the port's own date is the only one there is.
        LocalDate due = rules.planDue(milestone.getPhase(), kind).orElse(milestone.getDueDate());
        String ruleKey = kind == MilestoneKind.PROJECT_MILESTONE
                ? "MILESTONE:" + milestone.getMilestoneId()
                : PlanDeadline.ruleKey(milestone.getCategory(), kind);
        ComplianceStatus status = status(due, milestone.getCompletedDate(), milestone.isWithinPortControl(),
                milestone.getFlexibilityRef(), asOf, rules.dueSoonWindowDays());
        return new ComplianceItem(ruleKey, milestone.getCategory(), kind, milestone.getMilestoneId(),
                milestone.getTitle(), due, milestone.getDueDate(), known(milestone.getCompletedDate(), asOf),
                milestone.isWithinPortControl(), milestone.getFlexibilityRef(), status);
    }

    /** A plan deadline the port reported nothing for: no plan was submitted, and nothing excuses that. */
    private static ComplianceItem unreported(AgreementRules rules, LocalDate asOf, PlanDeadline deadline) {
        String title = (deadline.kind() == MilestoneKind.DRAFT_PLAN ? "Draft plan" : "Approved plan") + ", phase "
                + deadline.phase().number() + ": " + deadline.category().displayName() + " (not reported)";
        ComplianceStatus status = status(deadline.due(), null, true, null, asOf, rules.dueSoonWindowDays());
        return new ComplianceItem(deadline.ruleKey(), deadline.category(), deadline.kind(), null, title,
                deadline.due(), null, null, true, null, status);
    }

    private static LocalDate known(LocalDate completed, LocalDate asOf) {
        return completed != null && !completed.isAfter(asOf) ? completed : null;
    }

    /**
     * One default per rule key. A plan deadline a port reports in several rows of the same kind and category (say, a
     * plan and its revision) is still one deadline: it is in default only when every row is.
     */
    private static List<ComplianceItem> defaultsOf(List<ComplianceItem> items) {
        Map<String, List<ComplianceItem>> byKey = new LinkedHashMap<>();
        for (ComplianceItem item : items) {
            byKey.computeIfAbsent(item.ruleKey(), key -> new ArrayList<>()).add(item);
        }
        return byKey.values().stream().filter(rows -> rows.stream().allMatch(ComplianceItem::isDefault))
                .map(rows -> rows.get(0)).toList();
    }

    public AgreementRules rules() {
        return rules;
    }

    public Port port() {
        return port;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The status table: every reported milestone and every unreported plan deadline, by phase and due date. */
    public List<ComplianceItem> items() {
        return items;
    }

    /** The defaults, one per rule key, in table order. */
    public List<ComplianceItem> defaults() {
        return defaults;
    }

    /** How many rows of the table have {@code status}. */
    public long count(ComplianceStatus status) {
        return items.stream().filter(item -> item.status() == status).count();
    }
}
