package org.portverify.domain.metrics.goals;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.MassUnit;

/** The configured 1990 greenhouse gas references, per scope; a scope without one has its GHG goals not evaluated. */
public record GhgReferences(Map<Scope, GhgReference> byScope) {

    /** The largest reference accepted: far above both ports' inventories, it only catches a misplaced decimal. */
    static final BigDecimal LARGEST = new BigDecimal("1e12");

    public GhgReferences {
        EnumMap<Scope, GhgReference> sorted = new EnumMap<>(Scope.class);
        sorted.putAll(byScope);
        byScope = Collections.unmodifiableMap(sorted);
    }

    public static GhgReferences none() {
        return new GhgReferences(Map.of());
    }

    public static GhgReferences of(Scope scope, GhgReference reference) {
        return new GhgReferences(Map.of(scope, reference));
    }

    public Optional<GhgReference> forScope(Scope scope) {
        return Optional.ofNullable(byScope.get(scope));
    }

    public boolean isEmpty() {
        return byScope.isEmpty();
    }

    /**
     * Parses {@code SCOPE:tons[,SCOPE:tons...]}, metric tons CO2e, e.g. {@code POLA:1234567.8,POLB:2345678.9}; blank
     * text is {@link #none()}. Each scope at most once, every value above zero. When both ports have a reference and
     * San Pedro Bay has none, San Pedro Bay's is their sum (its tons are the ports' sum too). {@code source} says
     * where the text came from (job parameter, system property) and is kept with each reference.
     *
     * @throws RuleViolation PV-3012 naming what is wrong
     */
    public static GhgReferences parse(String text, String source) {
        if (text == null || text.isBlank()) {
            return none();
        }
        Map<Scope, GhgReference> references = new EnumMap<>(Scope.class);
        for (String part : text.split(",", -1)) {
            String entry = part.strip();
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw invalid(text, "'" + entry + "' has no ':' between scope and tons");
            }
            Scope scope;
            try {
                scope = Scope.valueOf(entry.substring(0, colon).strip());
            } catch (IllegalArgumentException e) {
                throw invalid(text, "unknown scope '" + entry.substring(0, colon).strip() + "'");
            }
            BigDecimal tons;
            try {
                tons = new BigDecimal(entry.substring(colon + 1).strip());
            } catch (NumberFormatException e) {
                throw invalid(text, "'" + entry.substring(colon + 1).strip() + "' is not a decimal number");
            }
            if (tons.signum() <= 0 || tons.compareTo(LARGEST) > 0) {
                throw invalid(text, scope + " must be above 0 and at most 1e12 metric tons, not "
                        + tons.toPlainString());
            }
            if (references.put(scope, new GhgReference(tons, MassUnit.METRIC_TONS, source)) != null) {
                throw invalid(text, scope + " is given twice");
            }
        }
        if (!references.containsKey(Scope.SAN_PEDRO_BAY) && references.containsKey(Scope.POLA)
                && references.containsKey(Scope.POLB)) {
            references.put(Scope.SAN_PEDRO_BAY, new GhgReference(references.get(Scope.POLA).inReportingUnit()
                    .add(references.get(Scope.POLB).inReportingUnit()), MassUnit.METRIC_TONS,
                    "sum of POLA and POLB (" + source + ")"));
        }
        return new GhgReferences(references);
    }

    /** The canonical text of the references as given (the San Pedro Bay sum included), metric tons CO2e. */
    public String text() {
        return byScope.entrySet().stream().map(e -> e.getKey() + ":"
                + e.getValue().inReportingUnit().stripTrailingZeros().toPlainString()).collect(Collectors.joining(","));
    }

    private static RuleViolation invalid(String text, String why) {
        return new RuleViolation(ErrorCode.GHG_REFERENCE_INVALID, text, why);
    }
}
