package org.portverify.domain.error;

/**
 * The catalogue of every error the engine reports. Codes are stable: documentation, validation reports and port
 * staff refer to them, so a code is never reused for another meaning. Messages are {@link String#format} templates.
 */
public enum ErrorCode {
    // PV-10xx: a submission package as a whole
    SUBMISSION_FOLDER_MISSING("PV-1001", "No submission folder for port %s and reporting year %d at %s"),
    SUBMISSION_FILE_MISSING("PV-1002", "The submission for %s %d lacks its file %s"),
    HEADER_MISMATCH("PV-1003", "%s: header must be exactly '%s' but is '%s'"),
    MANIFEST_INVALID("PV-1004", "manifest.csv must have a header and exactly one data row: %s"),
    MANIFEST_WRONG_PORT("PV-1005", "manifest.csv names port '%s' but the package was filed for %s"),
    MANIFEST_WRONG_YEAR("PV-1006", "manifest.csv names reporting year '%s' but the package was filed for %d"),
    MANIFEST_EDITION_MISSING("PV-1007", "manifest.csv has no inventory edition"),
    FILE_UNREADABLE("PV-1008", "%s could not be read: %s"),
    // a package uploaded as one file (ZIP of CSV files or XLSX workbook)
    PACKAGE_FORMAT_UNKNOWN("PV-1020", "%s is neither a ZIP of CSV files nor an XLSX workbook: %s"),
    PACKAGE_ENTRY_UNSAFE("PV-1021", "%s: entry '%s' has an absolute path or a '..' segment"),
    PACKAGE_TOO_MANY_ENTRIES("PV-1022", "%s holds %d entries; a package holds at most %d"),
    PACKAGE_ENTRY_OVERCOMPRESSED("PV-1023",
            "%s: entry '%s' expands more than %d times its compressed size, like a zip bomb"),
    PACKAGE_PART_MISSING("PV-1024", "%s holds no %s"),
    PACKAGE_PART_AMBIGUOUS("PV-1025", "%s holds %s more than once: %s"),

    // PV-11xx to PV-13xx: one record of a submission file
    WRONG_FIELD_COUNT("PV-1101", "Expected %d fields but found %d"),
    DATA_YEAR_NOT_A_YEAR("PV-1102", "Data year '%s' is not a whole year"),
    DATA_YEAR_AFTER_REPORTING_YEAR("PV-1103", "Data year %d is after the reporting year %d"),
    DATA_YEAR_BEFORE_BASELINE("PV-1104", "Data year %d is before the 2005 baseline year"),
    UNKNOWN_CATEGORY("PV-1201", "Unknown source category '%s'; allowed: %s"),
    UNKNOWN_POLLUTANT("PV-1202", "Unknown pollutant '%s'; allowed: %s"),
    VALUE_NOT_A_NUMBER("PV-1203", "Value '%s' is not a decimal number"),
    VALUE_NEGATIVE("PV-1204", "Value %s is negative; emissions cannot be below zero"),
    UNIT_MISSING("PV-1205", "The unit is missing; every figure states short_tons or metric_tons"),
    UNKNOWN_UNIT("PV-1206", "Unknown unit '%s'; allowed: %s"),
    TEU_NOT_A_NUMBER("PV-1301", "TEU '%s' is not a whole number"),
    TEU_NOT_POSITIVE("PV-1302", "TEU %s must be greater than zero"),

    // PV-30xx: metrics that cannot be computed (reported as "n/a", never as NaN)
    BASELINE_MISSING("PV-3001", "No 2005 baseline figure in the same edition"),
    BASELINE_ZERO("PV-3002", "The 2005 baseline is zero, so a reduction is undefined"),
    THROUGHPUT_MISSING("PV-3003", "No TEU throughput for data year %d"),
    THROUGHPUT_ZERO("PV-3004", "TEU throughput is zero for data year %d"),
    COMBINED_INCOMPLETE("PV-3005", "Both ports must report the figure for a San Pedro Bay total"),

    // PV-40xx: requests and runs
    PARAMETER_INVALID("PV-4001", "Parameter %s is invalid: %s"),
    EXECUTION_NOT_FOUND("PV-4004", "No verification run with execution id %d"),
    REPORT_NOT_FOUND("PV-4005", "No Governing Board report for reporting year %d"),
    NO_SUBMISSION("PV-4006", "No accepted submission for reporting year %d from %s");

    private final String code;
    private final String template;

    ErrorCode(String code, String template) {
        this.code = code;
        this.template = template;
    }

    public String code() {
        return code;
    }

    /** The message with its code in front, e.g. {@code PV-1204: Value -3 is negative; ...}. */
    public String message(Object... args) {
        return code + ": " + String.format(java.util.Locale.ROOT, template, args);
    }

    /** The message without the code, for places that show the code in a column of its own. */
    public String reason(Object... args) {
        return String.format(java.util.Locale.ROOT, template, args);
    }
}
