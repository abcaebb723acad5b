package org.portverify.domain.metrics.qa;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;

/**
 * One quality flag: what series and data year it points at, its stable code and level, the number behind it (a
 * relative change, as a fraction; null where there is none) and the reason in words (without the code).
 *
 * @param category null for the total over all categories
 */
public record QaFlag(FlagLevel level, ErrorCode code, Scope scope, SourceCategory category, Pollutant pollutant,
                     int dataYear, BigDecimal value, String message) {

    /** Scope, all-categories before each category, pollutant, data year, code: a stable order. */
    public static final Comparator<QaFlag> ORDER = Comparator.comparing(QaFlag::scope)
            .thenComparing(QaFlag::category, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(QaFlag::pollutant)
            .thenComparingInt(QaFlag::dataYear)
            .thenComparing(f -> f.code().code());

    public QaFlag {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(pollutant, "pollutant");
        Objects.requireNonNull(message, "message");
    }
}
