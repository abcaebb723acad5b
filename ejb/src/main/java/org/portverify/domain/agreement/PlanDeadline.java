package org.portverify.domain.agreement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A plan-development deadline of the agreement: the draft or approved plan of one category, due on a date the rules
 * version gives. Missing it is a default whether or not the port reported a milestone for it.
 *
 * @param category the category the plan covers; its phase is {@code category.phase()}
 * @param kind     {@link MilestoneKind#DRAFT_PLAN} or {@link MilestoneKind#APPROVED_PLAN}
 * @param due      the date the plan is due, read as the end of that day
 */
public record PlanDeadline(AgreementCategory category, MilestoneKind kind, LocalDate due) {

    public PlanDeadline {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(due, "due");
        if (kind != MilestoneKind.DRAFT_PLAN && kind != MilestoneKind.APPROVED_PLAN) {
            throw new IllegalArgumentException("A plan deadline is a draft or an approved plan, not " + kind);
        }
    }

    public AgreementPhase phase() {
        return category.phase();
    }

    /** {@code PLAN:1:DRAFT_PLAN:DRAYAGE}: stable across runs and rules versions, so the ledger can recognise it. */
    public String ruleKey() {
        return ruleKey(category, kind);
    }

    /** The rule key of the plan deadline of {@code kind} for {@code category}. */
    public static String ruleKey(AgreementCategory category, MilestoneKind kind) {
        return "PLAN:" + category.phase().number() + ":" + kind.name() + ":" + category.name();
    }
}
