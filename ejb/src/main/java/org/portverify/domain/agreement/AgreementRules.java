package org.portverify.domain.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * One version of the agreement's rules as reference data: the plan deadlines of the three phases, the DUE_SOON
 * window and the penalty schedule. A change of rules is a new version with its own id and effective date; a run
 * records the id it used, so that an old run re-verifies with its own rules.
 *
 * <p>A version is checked completely when it is built ("rules-loading time"): a version that could charge a penalty
 * outside the agreement's range, or put a deadline outside its term, never exists. The published facts (approval
 * date, 45-day exit, penalty range) are {@link CooperativeAgreement}'s and the same in every version.
 */
public final class AgreementRules {

    /** The version in force from the agreement's approval: the published facts and the assumed penalty schedule. */
    public static final String DEFAULT_VERSION = "CA-2025.1";

    /** Days before a due date from which an open milestone is DUE_SOON, unless a version says otherwise. */
    public static final int DEFAULT_DUE_SOON_WINDOW_DAYS = 90;

    private final String version;
    private final LocalDate effectiveFrom;
    private final Map<AgreementPhase, LocalDate> approvedPlanDue;
    private final Map<AgreementPhase, LocalDate> draftPlanDue;
    private final LocalDate termEndsOn;
    private final int dueSoonWindowDays;
    private final PenaltySchedule penaltySchedule;

    private AgreementRules(Builder builder) {
        this.version = builder.version;
        this.effectiveFrom = builder.effectiveFrom;
        this.approvedPlanDue = Collections.unmodifiableMap(new EnumMap<>(builder.approvedPlanDue));
        this.draftPlanDue = builder.draftPlanDue.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(builder.draftPlanDue));
        this.termEndsOn = builder.termEndsOn;
        this.dueSoonWindowDays = builder.dueSoonWindowDays;
        this.penaltySchedule = builder.penaltySchedule;
    }

    /**
     * {@value #DEFAULT_VERSION}, in force from the approval (2025-11-07): approved plans due 2027-12-31, 2028-12-31
     * and 2029-12-31, the phase 1 draft plan due 2027-05-31 (the facts say May 2027: its last day), phase 2 and 3
     * draft dates absent (not public), no term end (none is published: the agreement runs until a party exits), a
     * 90-day DUE_SOON window and the ASSUMED penalty schedule {@link PenaltySchedule#assumed()}.
     */
    public static AgreementRules defaults() {
        Builder builder = builder().version(DEFAULT_VERSION).effectiveFrom(CooperativeAgreement.APPROVED_ON)
                .draftPlanDue(AgreementPhase.PHASE_1, LocalDate.of(2027, 5, 31))
                .dueSoonWindowDays(DEFAULT_DUE_SOON_WINDOW_DAYS).penaltySchedule(PenaltySchedule.assumed());
        for (AgreementPhase phase : AgreementPhase.values()) {
            builder.approvedPlanDue(phase, phase.approvedPlanDue());
        }
        return builder.build();
    }

    /** An empty builder: every phase's approved-plan date, the version id and the schedule must be given. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this version's values, to derive the next version from it. */
    public Builder toBuilder() {
        Builder builder = new Builder().version(version).effectiveFrom(effectiveFrom).termEndsOn(termEndsOn)
                .dueSoonWindowDays(dueSoonWindowDays).penaltySchedule(penaltySchedule);
        builder.approvedPlanDue.putAll(approvedPlanDue);
        builder.draftPlanDue.putAll(draftPlanDue);
        return builder;
    }

    /**
     * The version in force on {@code asOf}: the one with the latest effective date on or before it.
     *
     * @throws RuleViolation PV-2021 when none is in force yet, PV-2022 when two take effect on the same date
     */
    public static AgreementRules inForceOn(Collection<AgreementRules> versions, LocalDate asOf) {
        AgreementRules inForce = null;
        for (AgreementRules candidate : versions) {
            if (candidate.effectiveFrom.isAfter(asOf)) {
                continue;
            }
            if (inForce != null && candidate.effectiveFrom.equals(inForce.effectiveFrom)) {
                throw new RuleViolation(ErrorCode.RULES_AMBIGUOUS, inForce.version, candidate.version,
                        candidate.effectiveFrom);
            }
            if (inForce == null || candidate.effectiveFrom.isAfter(inForce.effectiveFrom)) {
                inForce = candidate;
            }
        }
        if (inForce == null) {
            throw new RuleViolation(ErrorCode.NO_RULES_IN_FORCE, asOf, versions.stream()
                    .map(AgreementRules::effectiveFrom).min(LocalDate::compareTo).map(LocalDate::toString)
                    .orElse("(no version loaded)"));
        }
        return inForce;
    }

    public String version() {
        return version;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** The first day of the agreement's term: its approval. */
    public LocalDate termStartsOn() {
        return CooperativeAgreement.APPROVED_ON;
    }

    /** The last day of the term, when a version sets one; none is published. */
    public Optional<LocalDate> termEndsOn() {
        return Optional.ofNullable(termEndsOn);
    }

    public int exitNoticeDays() {
        return CooperativeAgreement.EXIT_NOTICE_DAYS;
    }

    public LocalDate approvedPlanDue(AgreementPhase phase) {
        return approvedPlanDue.get(phase);
    }

    /** The phase's draft-plan date; absent while it is not public (phases 2 and 3 in {@link #defaults()}). */
    public Optional<LocalDate> draftPlanDue(AgreementPhase phase) {
        return Optional.ofNullable(draftPlanDue.get(phase));
    }

    /** The agreement's date for a plan of {@code kind} in {@code phase}; absent for a project milestone. */
    public Optional<LocalDate> planDue(AgreementPhase phase, MilestoneKind kind) {
        return switch (kind) {
            case DRAFT_PLAN -> draftPlanDue(phase);
            case APPROVED_PLAN -> Optional.of(approvedPlanDue(phase));
            case PROJECT_MILESTONE -> Optional.empty();
        };
    }

    /**
     * Every plan deadline of this version: per phase, per category of the phase, the draft plan (when the version
     * has its date) and the approved plan; in phase, category and kind order.
     */
    public List<PlanDeadline> planDeadlines() {
        List<PlanDeadline> deadlines = new ArrayList<>();
        for (AgreementPhase phase : AgreementPhase.values()) {
            for (AgreementCategory category : AgreementCategory.values()) {
                if (category.phase() == phase) {
                    draftPlanDue(phase).ifPresent(due ->
                            deadlines.add(new PlanDeadline(category, MilestoneKind.DRAFT_PLAN, due)));
                    deadlines.add(new PlanDeadline(category, MilestoneKind.APPROVED_PLAN, approvedPlanDue(phase)));
                }
            }
        }
        return List.copyOf(deadlines);
    }

    public int dueSoonWindowDays() {
        return dueSoonWindowDays;
    }

    public PenaltySchedule penaltySchedule() {
        return penaltySchedule;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgreementRules that && version.equals(that.version)
                && effectiveFrom.equals(that.effectiveFrom) && approvedPlanDue.equals(that.approvedPlanDue)
                && draftPlanDue.equals(that.draftPlanDue) && Objects.equals(termEndsOn, that.termEndsOn)
                && dueSoonWindowDays == that.dueSoonWindowDays && penaltySchedule.equals(that.penaltySchedule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, effectiveFrom, approvedPlanDue, draftPlanDue, termEndsOn, dueSoonWindowDays,
                penaltySchedule);
    }

    @Override
    public String toString() {
        return "AgreementRules " + version + " from " + effectiveFrom;
    }

    /** Collects a version's values; {@link #build()} checks them all. */
    public static final class Builder {

        private String version;
        private LocalDate effectiveFrom;
        private final Map<AgreementPhase, LocalDate> approvedPlanDue = new EnumMap<>(AgreementPhase.class);
        private final Map<AgreementPhase, LocalDate> draftPlanDue = new EnumMap<>(AgreementPhase.class);
        private LocalDate termEndsOn;
        private int dueSoonWindowDays = DEFAULT_DUE_SOON_WINDOW_DAYS;
        private PenaltySchedule penaltySchedule;

        private Builder() {
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder effectiveFrom(LocalDate effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
            return this;
        }

        public Builder approvedPlanDue(AgreementPhase phase, LocalDate due) {
            if (due == null) {
                approvedPlanDue.remove(phase);
            } else {
                approvedPlanDue.put(phase, due);
            }
            return this;
        }

        /** A draft-plan date, or {@code null} while it is not public. */
        public Builder draftPlanDue(AgreementPhase phase, LocalDate due) {
            if (due == null) {
                draftPlanDue.remove(phase);
            } else {
                draftPlanDue.put(phase, due);
            }
            return this;
        }

        /** The last day of the term, or {@code null} for none. */
        public Builder termEndsOn(LocalDate termEndsOn) {
            this.termEndsOn = termEndsOn;
            return this;
        }

        public Builder dueSoonWindowDays(int days) {
            this.dueSoonWindowDays = days;
            return this;
        }

        public Builder penaltySchedule(PenaltySchedule penaltySchedule) {
            this.penaltySchedule = penaltySchedule;
            return this;
        }

        /**
         * The version, checked.
         *
         * @throws RuleViolation PV-2001 no version id, PV-2002 no effective date or one before the approval, PV-2003 a
         *                       phase without approved-plan date, PV-2004 a due date outside the term, PV-2005 a draft
         *                       plan due on or after its approved plan, PV-2006 a negative DUE_SOON window, PV-2007 no
         *                       penalty schedule (whose amounts were checked when it was built: PV-201x)
         */
        public AgreementRules build() {
            if (version == null || version.isBlank()) {
                throw new RuleViolation(ErrorCode.RULES_VERSION_MISSING);
            }
            if (effectiveFrom == null || effectiveFrom.isBefore(CooperativeAgreement.APPROVED_ON)) {
                throw new RuleViolation(ErrorCode.RULES_EFFECTIVE_DATE_INVALID, version,
                        effectiveFrom == null ? "(no date)" : effectiveFrom, CooperativeAgreement.APPROVED_ON);
            }
            for (AgreementPhase phase : AgreementPhase.values()) {
                LocalDate approved = approvedPlanDue.get(phase);
                if (approved == null) {
                    throw new RuleViolation(ErrorCode.RULES_APPROVED_PLAN_MISSING, version, phase.number());
                }
                withinTerm("phase " + phase.number() + " approved plan", approved);
                LocalDate draft = draftPlanDue.get(phase);
                if (draft != null) {
                    withinTerm("phase " + phase.number() + " draft plan", draft);
                    // A draft is what the public comments on before approval; one due with or after it is a typo.
                    if (!draft.isBefore(approved)) {
                        throw new RuleViolation(ErrorCode.RULES_DRAFT_NOT_BEFORE_APPROVED, version, phase.number(),
                                draft, approved);
                    }
                }
            }
            if (dueSoonWindowDays < 0) {
                throw new RuleViolation(ErrorCode.RULES_WINDOW_INVALID, version, dueSoonWindowDays);
            }
            if (penaltySchedule == null) {
                throw new RuleViolation(ErrorCode.RULES_PENALTY_SCHEDULE_MISSING, version);
            }
            return new AgreementRules(this);
        }

        private void withinTerm(String what, LocalDate due) {
            if (due.isBefore(CooperativeAgreement.APPROVED_ON) || termEndsOn != null && due.isAfter(termEndsOn)) {
                throw new RuleViolation(ErrorCode.RULES_DATE_OUTSIDE_TERM, version, what, due,
                        CooperativeAgreement.APPROVED_ON, termEndsOn == null ? "open end" : termEndsOn);
            }
        }
    }
}
