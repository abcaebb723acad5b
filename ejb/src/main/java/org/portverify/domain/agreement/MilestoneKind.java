package org.portverify.domain.agreement;

import java.util.Arrays;
import java.util.Optional;

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

    public static Optional<MilestoneKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }
}
