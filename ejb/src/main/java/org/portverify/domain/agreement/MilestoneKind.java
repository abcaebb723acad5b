package org.portverify.domain.agreement;

import org.portverify.domain.model.Coded;

/** What a milestone is: a plan deadline of the agreement, or a step of a project the plans contain. */
public enum MilestoneKind implements Coded {
    DRAFT_PLAN,
    APPROVED_PLAN,
    PROJECT_MILESTONE;

    @Override
    public String code() {
        return name();
    }
}
