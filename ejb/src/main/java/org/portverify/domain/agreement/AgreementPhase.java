package org.portverify.domain.agreement;

import java.time.LocalDate;

import org.portverify.domain.model.Coded;

/**
 * The three phases of zero-emission infrastructure planning and the date each approved plan is due as published.
 * Draft-plan dates are not all public (only phase 1's, May 2027), so they are reference data, not constants here.
 * Compliance is evaluated against a rules version ({@link AgreementRules}), whose defaults take these dates.
 */
public enum AgreementPhase implements Coded {
    PHASE_1(1, LocalDate.of(2027, 12, 31)),
    PHASE_2(2, LocalDate.of(2028, 12, 31)),
    PHASE_3(3, LocalDate.of(2029, 12, 31));

    private final int number;
    private final LocalDate approvedPlanDue;

    AgreementPhase(int number, LocalDate approvedPlanDue) {
        this.number = number;
        this.approvedPlanDue = approvedPlanDue;
    }

    /** The phase number submissions carry: 1, 2 or 3. */
    public int number() {
        return number;
    }

    /** The phase as submissions spell it: exactly {@code 1}, {@code 2} or {@code 3}. */
    @Override
    public String code() {
        return String.valueOf(number);
    }

    public LocalDate approvedPlanDue() {
        return approvedPlanDue;
    }
}
