package org.portverify.domain.agreement.compliance;

import java.time.LocalDate;
import java.util.Objects;

import org.portverify.domain.agreement.AgreementCategory;
import org.portverify.domain.agreement.AgreementPhase;
import org.portverify.domain.agreement.MilestoneKind;

/**
 * One row of a port's milestone status table: a milestone the port reported, or a plan deadline of the rules it
 * reported nothing for.
 *
 * @param ruleKey           what the ledger charges: {@code PLAN:<phase>:<kind>:<category>} for a plan deadline
 *                          (reported or not), {@code MILESTONE:<milestone id>} for a project milestone
 * @param category          the agreement category; its phase is {@link #phase()}
 * @param kind              draft plan, approved plan or project milestone
 * @param milestoneId       the port's id, or {@code null} when the port reported nothing for this plan deadline
 * @param title             the port's title, or a description of the plan deadline
 * @param dueDate           the date evaluated against: the rules' date for a plan whose date the rules give, else
 *                          the port's
 * @param reportedDueDate   the due date the port reported, or {@code null} when it reported nothing
 * @param completedDate     the completion as of the evaluation's date: {@code null} when not completed, or completed
 *                          only after that date
 * @param withinPortControl as reported; {@code true} for a plan deadline nobody reported
 * @param flexibilityRef    the flexibility option that excuses a delay, or {@code null}
 * @param status            the status as of the evaluation's date
 */
public record ComplianceItem(String ruleKey, AgreementCategory category, MilestoneKind kind, String milestoneId,
                             String title, LocalDate dueDate, LocalDate reportedDueDate, LocalDate completedDate,
                             boolean withinPortControl, String flexibilityRef, ComplianceStatus status) {

    public ComplianceItem {
        Objects.requireNonNull(ruleKey, "ruleKey");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(status, "status");
    }

    public AgreementPhase phase() {
        return category.phase();
    }

    /** Whether the port reported a milestone for this row; a plan deadline alone is not reported. */
    public boolean isReported() {
        return milestoneId != null;
    }

    public boolean isDefault() {
        return status.isDefault();
    }
}
