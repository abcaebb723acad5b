package org.portverify.domain.agreement;

import java.time.LocalDate;

/** Dates of the Cooperative Agreement itself. */
public final class CooperativeAgreement {

    /**
     * The first of the three approvals (AQMD board, 2025-11-07; Long Beach 11-10, Los Angeles 11-20). Nothing can be
     * due or done under the agreement before it, so it bounds every milestone date from below.
     */
    public static final LocalDate APPROVED_ON = LocalDate.of(2025, 11, 7);

    private CooperativeAgreement() {
    }
}
