package org.portverify.domain.metrics.goals;

import java.math.BigDecimal;
import java.util.Objects;

import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;

/**
 * A 1990 greenhouse gas reference (CO2e) for one scope, with the document it comes from. Not a public constant: the
 * regulator configures it, and without it the GHG goals are not evaluated.
 */
public record GhgReference(BigDecimal value, MassUnit unit, String source) {

    public GhgReference {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("A 1990 reference must be above zero, not " + value);
        }
    }

    /** The reference in CO2e's reporting unit (metric tons), converted explicitly. */
    public BigDecimal inReportingUnit() {
        return unit.convert(value, Pollutant.CO2E.reportingUnit());
    }
}
