package org.portverify.domain.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/** A stored rules version is validated when it is loaded; the migration's row is the published facts. */
class AgreementRulesVersionTest {

    private static final LocalDate[] DRAFTS = {LocalDate.of(2027, 5, 31), null, null};
    private static final LocalDate[] APPROVED = {LocalDate.of(2027, 12, 31), LocalDate.of(2028, 12, 31),
            LocalDate.of(2029, 12, 31)};

    @Test
    void theRowOfV6LoadsAsTheDefaultRules() {
        AgreementRulesVersion stored = new AgreementRulesVersion("CA-2025.1", LocalDate.of(2025, 11, 7), 90, DRAFTS,
                APPROVED, "50000.00,100000.00,150000.00,200000.00", "CHARGED_EACH_REPORTING_YEAR");
        assertEquals(AgreementRules.defaults(), stored.rules());
    }

    @Test
    void aPenaltyAboveTheRangeIsRefusedAtLoading() {
        AgreementRulesVersion stored = new AgreementRulesVersion("CA-2026.1", LocalDate.of(2026, 7, 1), 90, DRAFTS,
                APPROVED, "50000.00,250000.00", "CHARGED_ONCE");
        RuleViolation refused = assertThrows(RuleViolation.class, stored::rules);
        assertEquals(ErrorCode.PENALTY_OUT_OF_RANGE, refused.code());
    }

    @Test
    void aPenaltyBelowTheRangeIsRefusedAtLoading() {
        AgreementRulesVersion stored = new AgreementRulesVersion("CA-2026.2", LocalDate.of(2026, 7, 1), 90, DRAFTS,
                APPROVED, "49999.99", "CHARGED_ONCE");
        assertEquals(ErrorCode.PENALTY_OUT_OF_RANGE, assertThrows(RuleViolation.class, stored::rules).code());
    }
}
