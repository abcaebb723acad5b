package org.portverify.reports;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One change since 2005 of the community summary, as the Board report rounds it (whole percent): -0.91 for "-91%".
 *
 * @param change  the rounded change, as a fraction
 * @param partial whether it rests on a partial inventory (the report says "(partial)"; the summary marks it "*")
 */
public record ChangeFigure(BigDecimal change, boolean partial) {

    public ChangeFigure {
        Objects.requireNonNull(change, "change");
    }
}
