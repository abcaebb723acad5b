package org.portverify.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentagesTest {

    @ParameterizedTest(name = "{0} -> {1} -> \"{2}\"")
    @CsvSource({
            "0.125,         13,  +13%",  // 12.5% sits on the boundary: half-up (away from zero) gives 13
            "-0.125,       -13,  -13%",  // -12.5% -> -13 (away from zero, not towards +infinity)
            "0.005,          1,  +1%",   // 0.5% -> 1
            "-0.005,        -1,  -1%",   // -0.5% -> -1
            "0.124999,      12,  +12%",  // 12.4999% is below the boundary
            "-0.0049,        0,  0%",    // -0.49% -> 0, shown without a sign
            "0.0049,         0,  0%",    // 0.49% -> 0
            "0,              0,  0%",
            "0.04,           4,  +4%",   // a rise shows its plus sign
            "-0.9,         -90,  -90%",
            "-0.9014977778, -90, -90%",  // POLA 2024 DPM: -90.15% -> -90
            "-0.735,       -74,  -74%",  // -73.5% -> -74
            "0.9265,        93,  +93%",  // 92.65% -> 93
            "-0.985,       -99,  -99%",  // -98.5% -> -99
            "0.285,         29,  +29%",  // 28.5% -> 29 (as a double 0.285 is 0.28499999..., which would give 28)
            "1,            100,  +100%",
            "-1,          -100,  -100%",
    })
    void wholePercentHalfUpAwayFromZero(String fraction, int percent, String shown) {
        BigDecimal value = new BigDecimal(fraction);
        assertEquals(percent, Percentages.wholePercent(value));
        assertEquals(shown, Percentages.change(value));
    }

    @ParameterizedTest(name = "{0} points -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "13.0216   | +13 pp", // SPB 2024 DPM against the 2023 standard
            "12.5      | +13 pp", // half-up, away from zero
            "-12.5     | -13 pp",
            "-2        | -2 pp",
            "0.00      | 0 pp",   // exactly met: no sign
            "-0.4      | 0 pp",
    })
    void marginsInWholePercentagePoints(String points, String shown) {
        assertEquals(shown, Percentages.points(new BigDecimal(points)));
    }
}
