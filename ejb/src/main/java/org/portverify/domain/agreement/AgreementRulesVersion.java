package org.portverify.domain.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One stored version of the agreement's rules, as the migrations load it. {@link #rules()} builds and so validates
 * it: a schedule amount outside $50,000 to $200,000 is refused at loading time, never applied.
 */
@Entity
@Table(name = "agreement_rules_version")
public class AgreementRulesVersion {

    @Id
    @Column(length = 32)
    private String version;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "term_ends_on")
    private LocalDate termEndsOn;

    @Column(name = "due_soon_days", nullable = false)
    private int dueSoonDays;

    @Column(name = "phase1_draft_due")
    private LocalDate phase1DraftDue;

    @Column(name = "phase1_approved_due", nullable = false)
    private LocalDate phase1ApprovedDue;

    @Column(name = "phase2_draft_due")
    private LocalDate phase2DraftDue;

    @Column(name = "phase2_approved_due", nullable = false)
    private LocalDate phase2ApprovedDue;

    @Column(name = "phase3_draft_due")
    private LocalDate phase3DraftDue;

    @Column(name = "phase3_approved_due", nullable = false)
    private LocalDate phase3ApprovedDue;

    /** USD amounts of the 1st, 2nd, ... charge of the same rule, comma-separated. */
    @Column(name = "penalty_levels", nullable = false, length = 200)
    private String penaltyLevels;

    @Column(nullable = false, length = 32)
    private String continuing;

    protected AgreementRulesVersion() {
    }

    /** A version as a migration would store it; for tests of what loading refuses. */
    public AgreementRulesVersion(String version, LocalDate effectiveFrom, int dueSoonDays, LocalDate[] draftDue,
                                 LocalDate[] approvedDue, String penaltyLevels, String continuing) {
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.dueSoonDays = dueSoonDays;
        this.phase1DraftDue = draftDue[0];
        this.phase2DraftDue = draftDue[1];
        this.phase3DraftDue = draftDue[2];
        this.phase1ApprovedDue = approvedDue[0];
        this.phase2ApprovedDue = approvedDue[1];
        this.phase3ApprovedDue = approvedDue[2];
        this.penaltyLevels = penaltyLevels;
        this.continuing = continuing;
    }

    /** The validated rules of this version. */
    public AgreementRules rules() {
        return AgreementRules.builder().version(version).effectiveFrom(effectiveFrom).termEndsOn(termEndsOn)
                .dueSoonWindowDays(dueSoonDays)
                .draftPlanDue(AgreementPhase.PHASE_1, phase1DraftDue)
                .draftPlanDue(AgreementPhase.PHASE_2, phase2DraftDue)
                .draftPlanDue(AgreementPhase.PHASE_3, phase3DraftDue)
                .approvedPlanDue(AgreementPhase.PHASE_1, phase1ApprovedDue)
                .approvedPlanDue(AgreementPhase.PHASE_2, phase2ApprovedDue)
                .approvedPlanDue(AgreementPhase.PHASE_3, phase3ApprovedDue)
                .penaltySchedule(PenaltySchedule.of(Arrays.stream(penaltyLevels.split(",")).map(String::strip)
                        .map(BigDecimal::new).toList(), PenaltySchedule.Continuing.valueOf(continuing)))
                .build();
    }

    public String getVersion() {
        return version;
    }
}
