package org.portverify.domain.model;

/** Units of zero-emission infrastructure capacity: charging power, or hydrogen dispensed per day. */
public enum CapacityUnit implements Coded {
    MW("MW", "megawatts of charging power"),
    KG_H2_PER_DAY("KG_H2_PER_DAY", "kilograms of hydrogen per day");

    private final String code;
    private final String displayName;

    CapacityUnit(String code, String displayName) {
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
