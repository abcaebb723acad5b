package org.portverify.domain.model;

import java.util.List;

/**
 * The five port-related emission source categories of the CAAP inventories, and {@link #ALL} for a port that
 * publishes its totals only; the code is what submissions carry.
 */
public enum SourceCategory implements Coded {
    OGV("OGV", "Ocean-going vessels"),
    HARBOR_CRAFT("HARBOR_CRAFT", "Harbor craft"),
    CHE("CHE", "Cargo handling equipment"),
    LOCOMOTIVE("LOCOMOTIVE", "Locomotives"),
    HDV("HDV", "Heavy-duty vehicles (drayage trucks)"),
    /**
     * All source categories together: a port's total as it publishes it (e.g. POLA's 2005-2012 open data series,
     * totals only). Emissions only; the metrics take it as the port's total, not as a sixth category.
     */
    ALL("ALL", "All source categories");

    private static final List<SourceCategory> SOURCES = List.of(OGV, HARBOR_CRAFT, CHE, LOCOMOTIVE, HDV);

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

    /** The five source categories a complete inventory covers, without {@link #ALL}. */
    public static List<SourceCategory> sources() {
        return SOURCES;
    }

    /** Whether this is one of the five source categories, not the all-categories total. */
    public boolean isSource() {
        return this != ALL;
    }
}
