package org.portverify.domain.metrics;

import org.portverify.domain.model.Port;

/** What a metric covers: one port, or San Pedro Bay (both ports together: tons and TEU summed). */
public enum Scope {
    POLA("Port of Los Angeles"),
    POLB("Port of Long Beach"),
    SAN_PEDRO_BAY("San Pedro Bay (both ports)");

    private final String displayName;

    Scope(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public static Scope of(Port port) {
        return port == Port.POLA ? POLA : POLB;
    }
}
