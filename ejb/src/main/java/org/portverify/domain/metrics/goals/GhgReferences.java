package org.portverify.domain.metrics.goals;

import java.util.Map;
import java.util.Optional;

import org.portverify.domain.metrics.Scope;

/** The configured 1990 greenhouse gas references, per scope; a scope without one has its GHG goals not evaluated. */
public record GhgReferences(Map<Scope, GhgReference> byScope) {

    public GhgReferences {
        byScope = Map.copyOf(byScope);
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
}
