package org.portverify.domain.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The materiality setting: percentage points, then percent of the tons. */
class MaterialityTest {

    @Test
    void theDefaultIsOnePointAndFivePercent() {
        assertEquals(0, BigDecimal.ONE.compareTo(Materiality.DEFAULT.percentagePoints()));
        assertEquals(0, new BigDecimal("0.05").compareTo(Materiality.DEFAULT.relativeTons()));
        assertEquals("1pp,5%", Materiality.DEFAULT.text());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} pp, {2}")
    @CsvSource(delimiter = '|', value = {
            "1pp,5%               | 1   | 0.05",
            "' 1 pp , 5 % '       | 1   | 0.05",  // blanks are ignored
            "1.0pp,5.00%          | 1   | 0.05",  // trailing zeros are the same setting
            "1.1pp,5%             | 1.1 | 0.05",
            "0pp,0%               | 0   | 0",
            "2.5pp,12.5%          | 2.5 | 0.125", // 12.5 % = 0.125
            "10pp,100%            | 10  | 1",
    })
    void aSettingIsPointsThenPercentOfTheTons(String text, String points, String relative) {
        Materiality m = Materiality.parse(text);
        assertEquals(new Materiality(new BigDecimal(points), new BigDecimal(relative)), m);
        assertEquals(m, Materiality.parse(m.text()), "the setting reads back as written");
    }

    @Test
    void equalSettingsAreEqualWhateverTheirTrailingZeros() {
        assertEquals(Materiality.DEFAULT, Materiality.parse("1.0pp,5.00%"));
        assertEquals("10pp,10%", Materiality.parse("10.0pp,10%").text());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1", "1,5", "1pp", "5%", "1pp,5", "1,5%", "5%,1pp", "-1pp,5%", "1pp,-5%",
            "1pp;5%", "1 p p,5%", "1PP,5%", "1e1pp,5%", ".5pp,5%", "1pp,5%,2%", "one pp,5%"})
    void anythingElseIsRefusedSayingHowToWriteIt(String text) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Materiality.parse(text));
        assertTrue(refused.getMessage().contains("e.g. 1pp,5%"), refused.getMessage());
    }

    @Test
    void aMaterialityIsNeverNegativeNorMissing() {
        assertThrows(IllegalArgumentException.class, () -> new Materiality(new BigDecimal("-1"), BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Materiality(BigDecimal.ONE, new BigDecimal("-0.01")));
        assertThrows(IllegalArgumentException.class, () -> new Materiality(null, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Materiality(BigDecimal.ONE, null));
    }
}
