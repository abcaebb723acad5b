package org.portverify.domain.model;

import java.math.MathContext;
import java.math.RoundingMode;

/** The one precision every division in the engine uses, so that results are reproducible to the last digit. */
public final class Arithmetic {

    /** 20 significant digits, half-even: far beyond the inventories' precision, identical on every JVM. */
    public static final MathContext CONTEXT = new MathContext(20, RoundingMode.HALF_EVEN);

    private Arithmetic() {
    }
}
