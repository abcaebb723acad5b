package org.portverify.domain.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portverify.domain.submission.ClaimMeasure;
import org.portverify.domain.metrics.Reductions;

/** A claim against the recomputed figure: confirmed as written, within the materiality, or misstated. */
class ClaimComparisonTest {

    /**
     * 47 -> 3 short tons: the engine stores the reduction (47 - 3) / 47 = 0.93617021276595744681 (20 digits); the
     * claim is a change, its negation: -93.617021276595744681 %.
     */
    private static final BigDecimal FELL_47_TO_3 = Reductions.reduction(new BigDecimal("47"), new BigDecimal("3"))
            .negate();

    @ParameterizedTest(name = "claimed {0} % against -93.617 %: {1}, {2} pp")
    @CsvSource({
            "-94,   CONFIRMED,       -0.383", // -93.617 to a whole percent, half-up: -94; -94 + 93.617 = -0.383
            "-93.6, CONFIRMED,        0.017", // to one decimal: -93.6; -93.6 + 93.617 = 0.017
            "-93,   WITHIN_ROUNDING,  0.617", // rounds to -94, not -93; |-93 + 93.617| = 0.617 <= 1
            "-93.5, WITHIN_ROUNDING,  0.117", // rounds to -93.6, not -93.5; 0.117 <= 1
            "-90,   MISSTATED,        3.617", // 3.617 > 1
            "-92.6, MISSTATED,        1.017", // 1.017 > 1, just
    })
    void theReductionFrom47To3Tons(String claimed, ClaimOutcome outcome, String difference) {
        ClaimComparison c = ClaimComparison.compare(ClaimMeasure.CHANGE_VS_2005, new BigDecimal(claimed),
                FELL_47_TO_3, Materiality.DEFAULT);
        assertEquals(outcome, c.outcome());
        assertEquals(new BigDecimal(difference), c.difference().setScale(3, RoundingMode.HALF_UP));
        assertNull(c.reasonCode());
    }

    @Test
    void theRecomputedChangeIsKeptInPercentAndTheDifferenceExactly() {
        ClaimComparison c = ClaimComparison.compare(ClaimMeasure.CHANGE_VS_2005, new BigDecimal("-90"),
                FELL_47_TO_3, Materiality.DEFAULT);
        // -0.93617021276595744681 moved two places; -90 - (-93.617021276595744681) = 3.617021276595744681
        assertEquals(new BigDecimal("-93.617021276595744681"), c.recomputed());
        assertEquals(new BigDecimal("3.617021276595744681"), c.difference());
        assertEquals(new BigDecimal("-90"), c.claimed());
    }

    @Test
    void aWiderMaterialityTakesInWhatTheDefaultCallsMisstated() {
        // |-92.6 + 93.617| = 1.017: beyond 1 pp, within 1.1 pp
        ClaimComparison c = ClaimComparison.compare(ClaimMeasure.CHANGE_VS_2005, new BigDecimal("-92.6"),
                FELL_47_TO_3, Materiality.parse("1.1pp,5%"));
        assertEquals(ClaimOutcome.WITHIN_ROUNDING, c.outcome());
        assertEquals(new BigDecimal("1.017"), c.difference().setScale(3, RoundingMode.HALF_UP));
    }

    @Test
    void aZeroMaterialityLeavesOnlyConfirmedAndMisstated() {
        // |-93 + 93.617| = 0.617 > 0
        assertEquals(ClaimOutcome.MISSTATED, ClaimComparison.compare(ClaimMeasure.CHANGE_VS_2005,
                new BigDecimal("-93"), FELL_47_TO_3, Materiality.parse("0pp,0%")).outcome());
        assertEquals(ClaimOutcome.CONFIRMED, ClaimComparison.compare(ClaimMeasure.CHANGE_VS_2005,
                new BigDecimal("-94"), FELL_47_TO_3, Materiality.parse("0pp,0%")).outcome());
    }

    @ParameterizedTest(name = "claimed {1} % against {0}: {2}")
    @CsvSource({
            "-0.925, -93,    CONFIRMED",       // -92.5 half-up is -93 (away from zero)
            "-0.925, -92,    WITHIN_ROUNDING", // -92 + 92.5 = 0.5
            "-0.92,  -93.0,  WITHIN_ROUNDING", // -93.0 + 92 = -1.0: the bound is within
            "-0.92,  -93.01, MISSTATED",       // -1.01
            "0.04,   4,      CONFIRMED",       // a rise: +4 %
            "0.04,   -4,     MISSTATED",       // the wrong sign: 8 pp apart
            "0,      0,      CONFIRMED",
    })
    void percentagesAreRoundedHalfUpAndComparedInPoints(String recomputedFraction, String claimed,
                                                        ClaimOutcome outcome) {
        for (ClaimMeasure measure : new ClaimMeasure[] {ClaimMeasure.CHANGE_VS_2005, ClaimMeasure.CHANGE_VS_2017,
                ClaimMeasure.EFFICIENCY_CHANGE_VS_2005, ClaimMeasure.EFFICIENCY_CHANGE_VS_2017}) {
            assertEquals(outcome, ClaimComparison.compare(measure, new BigDecimal(claimed),
                    new BigDecimal(recomputedFraction), Materiality.DEFAULT).outcome(), measure.code());
        }
    }

    @ParameterizedTest(name = "claimed {1} t against {0} t: {2}, {3} t")
    @CsvSource({
            "1000,    1000,   CONFIRMED,       0",
            "1000,    1040,   WITHIN_ROUNDING, 40",    // 40 / 1000 = 4 % <= 5 %
            "1000,    1050,   WITHIN_ROUNDING, 50",    // 50 / 1000 = 5 %: the bound is within
            "1000,    950,    WITHIN_ROUNDING, -50",   // |-50| / 1000 = 5 %
            "1000,    1060,   MISSTATED,       60",    // 60 / 1000 = 6 % > 5 %
            "1000,    1000.4, WITHIN_ROUNDING, 0.4",   // written to a tenth, so 1000.0 is not 1000.4; 0.04 %
            "1000.4,  1000,   CONFIRMED,       -0.4",  // 1000.4 to whole tons is 1000
            "1000.44, 1000.4, CONFIRMED,       -0.04", // 1000.44 to a tenth is 1000.4
            "1400,    1E+3,   MISSTATED,       -400",  // written 1E+3, read to whole tons: 400 / 1400 = 28.6 %
            "0,       0,      CONFIRMED,       0",
            "0,       1,      MISSTATED,       1",     // no relative difference from zero: only 0 is within
            "0,       0.1,    MISSTATED,       0.1",
            "0.04,    0.0,    CONFIRMED,       -0.04", // 0.04 to a tenth is 0.0
    })
    void tonsAreRoundedAsWrittenAndComparedRelatively(String recomputed, String claimed, ClaimOutcome outcome,
                                                     String difference) {
        for (ClaimMeasure measure : new ClaimMeasure[] {ClaimMeasure.TONS, ClaimMeasure.TONS_PER_10000_TEU}) {
            ClaimComparison c = ClaimComparison.compare(measure, new BigDecimal(claimed), new BigDecimal(recomputed),
                    Materiality.DEFAULT);
            assertEquals(outcome, c.outcome(), measure.code());
            assertEquals(0, new BigDecimal(difference).compareTo(c.difference()), c.difference().toPlainString());
            assertEquals(0, new BigDecimal(recomputed).compareTo(c.recomputed()), "tons are kept as they are");
        }
    }

    @Test
    void theRelativeDifferenceIsAShareOfTheRecomputedTons() {
        ClaimComparison c = ClaimComparison.compare(ClaimMeasure.TONS, new BigDecimal("1060"),
                new BigDecimal("1000"), Materiality.DEFAULT);
        assertEquals(0, new BigDecimal("0.06").compareTo(c.relativeDifference())); // 60 / 1000
        assertNull(ClaimComparison.compare(ClaimMeasure.TONS, BigDecimal.ONE, BigDecimal.ZERO, Materiality.DEFAULT)
                .relativeDifference());
    }

    @Test
    void aClaimWithoutAFigureKeepsTheCodeThatSaysWhy() {
        ClaimComparison c = ClaimComparison.notRecomputable(new BigDecimal("-93"), "PV-3001");
        assertEquals(ClaimOutcome.NOT_RECOMPUTABLE, c.outcome());
        assertEquals(new BigDecimal("-93"), c.claimed());
        assertNull(c.recomputed());
        assertNull(c.difference());
        assertNull(c.relativeDifference());
        assertEquals("PV-3001", c.reasonCode());
    }

    @Test
    void anOutcomeComesWithWhatItNeeds() {
        BigDecimal one = BigDecimal.ONE;
        assertThrows(IllegalArgumentException.class,
                () -> new ClaimComparison(ClaimOutcome.CONFIRMED, one, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new ClaimComparison(ClaimOutcome.MISSTATED, one, one, one, "PV-3001"));
        assertThrows(IllegalArgumentException.class,
                () -> new ClaimComparison(ClaimOutcome.NOT_RECOMPUTABLE, one, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new ClaimComparison(ClaimOutcome.NOT_RECOMPUTABLE, one, one, one, "PV-3001"));
        assertThrows(NullPointerException.class, () -> ClaimComparison.notRecomputable(one, null));
    }

    @Test
    void measuresAreSpeltAsNamed() {
        for (ClaimMeasure measure : ClaimMeasure.values()) {
            assertEquals(measure.name(), measure.code());
        }
        assertEquals("tons per 10,000 TEU change vs 2005", ClaimMeasure.EFFICIENCY_CHANGE_VS_2005.displayName());
    }
}
