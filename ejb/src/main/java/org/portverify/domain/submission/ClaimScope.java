package org.portverify.domain.submission;

import org.portverify.domain.model.Coded;

/**
 * Whom a claim is about, as the claims file spells it: the port that files the package, or San Pedro Bay (both
 * ports together, as the ports publish their joint CAAP figures). A port cannot claim for the other port alone.
 */
public enum ClaimScope implements Coded {
    PORT,
    SAN_PEDRO_BAY;

    @Override
    public String code() {
        return name();
    }
}
