package org.portverify.domain.model;

/** The five port-related emission source categories of the CAAP inventories; the code is what submissions carry. */
public enum SourceCategory implements Coded {
    OGV("OGV", "Ocean-going vessels"),
    HARBOR_CRAFT("HARBOR_CRAFT", "Harbor craft"),
    CHE("CHE", "Cargo handling equipment"),
    LOCOMOTIVE("LOCOMOTIVE", "Locomotives"),
    HDV("HDV", "Heavy-duty vehicles (drayage trucks)");

    private final String code;
    private final String displayName;

    SourceCategory(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    @Override
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }
}
