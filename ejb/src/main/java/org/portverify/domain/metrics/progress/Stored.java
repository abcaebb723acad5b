package org.portverify.domain.metrics.progress;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.metrics.trend.YearValue;

/** How values are written to and read from the progress tables, the same way on PostgreSQL and H2. */
final class Stored {

    private Stored() {
    }

    /** A column's decimal without the zeros its scale padded it with. */
    static BigDecimal decimal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    static ErrorCode code(String code) {
        return ErrorCode.of(code);
    }

    /** "2005=1234.5 2017=1000.25": {@link Double#toString} gives back the same double when parsed. */
    static String points(List<YearValue> points) {
        return points.stream().map(p -> p.year() + "=" + p.value()).collect(Collectors.joining(" "));
    }

    static List<YearValue> points(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(" ")).map(p -> {
            int eq = p.indexOf('=');
            return new YearValue(Integer.parseInt(p.substring(0, eq)), Double.parseDouble(p.substring(eq + 1)));
        }).toList();
    }

    static String years(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    static List<Integer> years(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(" ")).map(Integer::valueOf).toList();
    }
}
