package org.portverify.domain.model;

/** The two ports bound by the Cooperative Agreement. */
public enum Port {
    POLA("Port of Los Angeles"),
    POLB("Port of Long Beach");

    private final String displayName;

    Port(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
