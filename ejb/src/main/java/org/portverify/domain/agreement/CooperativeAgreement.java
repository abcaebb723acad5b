package org.portverify.domain.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Published facts of the Cooperative Agreement itself. What is not public yet (draft dates of phases 2 and 3, which
 * default earns which penalty) is reference data in {@link AgreementRules}, never a constant here.
 */
public final class CooperativeAgreement {

    /**
     * The first of the three approvals (AQMD board, 2025-11-07; Long Beach 11-10, Los Angeles 11-20). Nothing can be
     * due or done under the agreement before it, so it bounds every milestone date from below.
     */
    public static final LocalDate APPROVED_ON = LocalDate.of(2025, 11, 7);

    /** Any party may leave the agreement on this many days' written notice. */
    public static final int EXIT_NOTICE_DAYS = 45;

    /** Lowest penalty per default, in USD: the range is published, so no rules version may leave it. */
    public static final BigDecimal PENALTY_MIN = new BigDecimal("50000.00");

    /** Highest penalty per default, in USD. */
    public static final BigDecimal PENALTY_MAX = new BigDecimal("200000.00");

    /**
     * The agreement's dates are local dates of the South Coast basin. An as-of date is a {@link LocalDate} in this
     * zone: a caller holding an instant converts it with {@code instant.atZone(TIME_ZONE).toLocalDate()} first.
     */
    public static final ZoneId TIME_ZONE = ZoneId.of("America/Los_Angeles");

    private CooperativeAgreement() {
    }

    /** The first day a party is out of the agreement when it gives notice on {@code noticeGivenOn}. */
    public static LocalDate exitEffectiveOn(LocalDate noticeGivenOn) {
        return noticeGivenOn.plusDays(EXIT_NOTICE_DAYS);
    }
}
