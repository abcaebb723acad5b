package org.portverify.domain.error;

/**
 * The catalogue of every code the application writes: errors, warnings and the codes of its log lines. Codes are
 * stable: documentation, validation reports and port staff refer to them, so a code is never reused for another
 * meaning. Entries are in code order (a test keeps them so). Messages are {@link String#format} templates.
 *
 * <p>Each entry names the HTTP status of the answer it gives when it refuses a request. Codes that are never an
 * answer have one chosen by what they mean should one ever escape: 422 for what a package's content (PV-1xxx) or a
 * run's data (PV-30xx notes and quality flags) cannot support, 500 for log lines, server-side state (an interrupted
 * execution, the test-only injected failure) and reference data or configuration the server holds (rules versions,
 * the schedule).
 */
public enum ErrorCode {
    // PV-00xx to PV-01xx: log lines (PV-00xx the deployment, PV-01xx submissions); never an answer
    SCHEMA_MIGRATED("PV-0001", 500, "schema at version %s, %d migration(s) applied"),
    SUBMISSION_REGISTERED("PV-0101", 500, "%s %d: %s - %s"),
    SUBMISSION_CLOSED("PV-0102", 500, "submission %d %s"),

    // PV-10xx: a submission package as a whole
    SUBMISSION_FOLDER_MISSING("PV-1001", 422, "No submission folder for port %s and reporting year %d at %s"),
    SUBMISSION_FILE_MISSING("PV-1002", 422, "The submission for %s %d lacks its file %s"),
    HEADER_MISMATCH("PV-1003", 422, "%s: header must be exactly %s but is '%s'"),
    MANIFEST_INVALID("PV-1004", 422, "manifest.csv must have a header and exactly one data row: %s"),
    MANIFEST_WRONG_PORT("PV-1005", 422, "manifest.csv names port '%s' but the package was filed for %s"),
    MANIFEST_WRONG_YEAR("PV-1006", 422, "manifest.csv names reporting year '%s' but the package was filed for %d"),
    MANIFEST_EDITION_MISSING("PV-1007", 422, "manifest.csv has no inventory edition"),
    FILE_UNREADABLE("PV-1008", 422, "%s could not be read: %s"),
    MANIFEST_GWP_UNKNOWN("PV-1009", 422, "manifest.csv states gwp '%s', which is not a set of global warming"
            + " potentials the checks know: write %s, spelt exactly, whichever the CO2e figures were computed with, or"
            + " leave gwp empty"),
    // a package uploaded as one file (ZIP of CSV files or XLSX workbook)
    PACKAGE_FORMAT_UNKNOWN("PV-1020", 422, "%s is neither a ZIP of CSV files nor an XLSX workbook: %s"),
    PACKAGE_ENTRY_UNSAFE("PV-1021", 422, "%s: entry '%s' has an absolute path or a '..' segment"),
    PACKAGE_TOO_MANY_ENTRIES("PV-1022", 422, "%s holds %d entries; a package holds at most %d"),
    PACKAGE_ENTRY_OVERCOMPRESSED("PV-1023", 422,
            "%s: entry '%s' expands more than %d times its compressed size, like a zip bomb"),
    PACKAGE_PART_MISSING("PV-1024", 422, "%s holds no %s"),
    PACKAGE_PART_AMBIGUOUS("PV-1025", 422, "%s holds %s more than once: %s"),
    // absolute limits in reading a package (portverify.limits.*, docs/submission-format.md), and hostile content
    PACKAGE_ENTRY_TOO_LARGE("PV-1030", 422,
            "%s: entry '%s' expands to more than %d bytes, the most one part may hold"),
    PACKAGE_ENTRY_SIZE_FORGED("PV-1031", 422,
            "%s: entry '%s' declares %d bytes but inflates to more: the archive is corrupt or forged; zip it again"),
    LINE_TOO_LONG("PV-1032", 422,
            "%s: line %d is longer than %d characters; one line holds one record (check the line breaks)"),
    VALUE_TEXT_TOO_LONG("PV-1033", 422, "%s: line %d: %s holds more than %d characters; no field needs that many"),
    SHEET_TOO_MANY_COLUMNS("PV-1034", 422, "%s: row %d holds more than %d cells; remove what is not data"),
    SHARED_STRINGS_TOO_MANY("PV-1035", 422, "%s: the shared strings table holds more than %d texts"),
    SHARED_STRINGS_TOO_LARGE("PV-1036", 422, "%s: the shared strings table holds more than %d characters"),
    XML_DTD_REFUSED("PV-1037", 422,
            "%s: %s declares a DTD (<!DOCTYPE>); a workbook never needs one: save it again with a spreadsheet program"),
    XLSX_ROWS_OUT_OF_ORDER("PV-1038", 422, "%s: row %d comes after row %d; rows must follow one another downwards:"
            + " save the workbook again with a spreadsheet program"),
    // an ingest that ended before its close
    INGEST_FAILED("PV-1050", 500, "The package could not be read to the end because of a server error (%s); the"
            + " ingest is interrupted and what it stored is kept: upload the same package again (or an administrator"
            + " restarts the execution) to continue it, and tell the regulator if it recurs"),
    // PV-106x: the regulator's error tolerance
    INGEST_STOPPED_AT_TOLERANCE("PV-1060", 422, "Ingest stopped at line %d of %s after %d refused records, over the"
            + " tolerance of %d refused records the regulator set for reporting year %d; nothing after that line was"
            + " read: correct the package and upload it again"),
    PACKAGE_RULES_OVER_TOLERANCE("PV-1061", 422, "The package rules refused %d records, more than the tolerance of %d"
            + " refused records the regulator set for reporting year %d; the first %d are listed: correct them and the"
            + " others like them, and upload the package again"),
    // request-level limits of an upload, checked before anything is stored
    REQUEST_TOO_LARGE("PV-1080", 413, "The request is larger than %d bytes, the server's upload limit (system property"
            + " %s); split the package or ask the regulator to raise the limit"),
    FILE_NAME_TOO_LONG("PV-1081", 422, "The file name '%s' has %d characters; a package's file name has at most %d"),

    // PV-11xx to PV-16xx: one record of a submission file, or (PV-1x10 and up) records of one file together.
    // PV-1x50 and up are warnings: the record is accepted and flagged.
    WRONG_FIELD_COUNT("PV-1101", 422, "Expected %d fields but found %d"),
    DATA_YEAR_NOT_A_YEAR("PV-1102", 422, "Data year '%s' is not a whole year"),
    DATA_YEAR_AFTER_REPORTING_YEAR("PV-1103", 422, "Data year %d is after the reporting year %d"),
    DATA_YEAR_BEFORE_BASELINE("PV-1104", 422, "Data year %d is before the 2005 baseline year"),
    TEXT_TOO_LONG("PV-1105", 422, "%s has %d characters; at most %d are allowed"),
    NOT_UTF8("PV-1106", 422, "The line holds bytes that are not UTF-8 text (in field %s); save the file as UTF-8"),

    // emissions.csv (PV-1201 also for fleet.csv)
    UNKNOWN_CATEGORY("PV-1201", 422, "Unknown source category '%s'; allowed: %s"),
    UNKNOWN_POLLUTANT("PV-1202", 422, "Unknown pollutant '%s'; allowed: %s"),
    VALUE_NOT_A_NUMBER("PV-1203", 422, "Value '%s' is not a decimal number"),
    VALUE_NEGATIVE("PV-1204", 422, "Value %s is negative; emissions cannot be below zero"),
    UNIT_MISSING("PV-1205", 422, "The unit is missing; every figure states short_tons or metric_tons"),
    UNKNOWN_UNIT("PV-1206", 422, "Unknown unit '%s'; allowed: %s"),
    UNKNOWN_SUB_CATEGORY("PV-1207", 422,
            "Unknown sub-category '%s'; allowed: %s, or empty for the category as a whole"),
    SUB_CATEGORY_OF_ANOTHER_CATEGORY("PV-1208", 422, "Sub-category %s is a part of %s, not of %s"),
    DUPLICATE_EMISSION("PV-1210", 422,
            "Duplicate of line %d: data year %d, category %s, sub-category %s and pollutant %s"
            + " are reported twice"),
    BASELINE_FIGURE_MISSING("PV-1211", 422, "No 2005 figure for %s %s in this edition; every category and pollutant"
            + " reported needs its 2005 baseline from the same edition"),
    // PV-1212/1213 also for fleet.csv's capacity: the columns are numeric(24, 9), nothing is rounded silently
    DECIMAL_TOO_PRECISE("PV-1212", 422, "%s has %d decimal places; at most %d are kept: round it in the file"),
    DECIMAL_TOO_LARGE("PV-1213", 422, "%s has %d digits before the decimal point; at most %d are kept"),
    // PV-1214 and up: consistency of the figures of one data year with each other (issue 15)
    TOTAL_DISAGREES_WITH_CATEGORIES("PV-1214", 422, "The all-categories total of %s in %d is %s, but its source"
            + " categories add up to %s (%s), beyond the rounding tolerance of %s; correct the total or the categories"),
    PM25_ABOVE_PM10("PV-1220", 422, "PM2.5 of %s in %d is %s, above its PM10 of %s; PM2.5 is a part of PM10:"
            + " check the pollutant codes and the figures"),
    DPM_ABOVE_PM10("PV-1221", 422, "DPM of %s in %d is %s, above its PM10 of %s; diesel particulate matter is"
            + " counted as PM10: check the pollutant codes and the figures"),
    CO2E_DISAGREES_WITH_GASES("PV-1222", 422, "CO2e of %s in %d is %s, but its CO2, CH4 and N2O give %s, beyond"
            + " the tolerance of %s; %s"),
    UNITS_MIXED("PV-1223", 422, "%s is reported in %s here but in %s on line %d; report each pollutant in one unit"
            + " (the figure is converted, but mixed units usually mean a copied row)"),
    YEAR_OVER_YEAR_CHANGE("PV-1250", 422, "%s %s total went from %s in %d to %s in %d (%s), beyond the %s"
            + " year-over-year threshold; check the figures or explain the change in the manifest note"),
    BASELINE_RESTATED("PV-1251", 422, "The 2005 baseline of %s %s is %s against %s in edition %s (%s), beyond the %s"
            + " tolerance; explain the restatement in the manifest note"),
    MAGNITUDE_CHANGED("PV-1252", 422, "%s %s of data year %d is %s against %s in edition %s: a change by a factor of"
            + " %s, beyond ten%s"),
    DATA_YEAR_RESTATED("PV-1253", 422, "%s %s of data year %d is %s against %s in edition %s (%s), beyond the %s"
            + " tolerance; explain the restatement in the manifest note"),
    PARTIAL_INVENTORY("PV-1260", 422, "%s in %s covers %s only, without %s, and no all-categories (ALL) total:"
            + " the port's total for it is partial and every figure built on it says so"),
    REPORTED_BEFORE_MISSING("PV-1261", 422, "Edition %s reported %s %s for data year %d; this edition does not:"
            + " the figure is missing, or explain its removal in the manifest note"),

    // throughput.csv
    TEU_NOT_A_NUMBER("PV-1301", 422, "TEU '%s' is not a whole number"),
    TEU_NOT_POSITIVE("PV-1302", 422, "TEU %s must be greater than zero"),
    DUPLICATE_THROUGHPUT("PV-1310", 422, "Duplicate of line %d: data year %d has its TEU twice"),
    THROUGHPUT_YEAR_MISSING("PV-1311", 422, "throughput.csv has no TEU for data year %d, which emissions.csv reports;"
            + " its figures per 10,000 TEU are n/a"),

    // milestones.csv
    UNKNOWN_PHASE("PV-1401", 422, "Phase '%s' is not a phase of the agreement; allowed: 1, 2, 3"),
    UNKNOWN_AGREEMENT_CATEGORY("PV-1402", 422, "Unknown agreement category '%s'; allowed: %s"),
    CATEGORY_IN_WRONG_PHASE("PV-1403", 422, "Category %s belongs to phase %d of the agreement, not to phase %d"),
    MILESTONE_ID_INVALID("PV-1404", 422, "Milestone id '%s' must be 1 to 64 letters, digits, '.', '_' or '-',"
            + " starting with a letter or digit"),
    UNKNOWN_MILESTONE_KIND("PV-1405", 422, "Unknown milestone kind '%s'; allowed: %s"),
    TITLE_MISSING("PV-1406", 422, "The milestone has no title"),
    DATE_INVALID("PV-1407", 422, "%s '%s' is not a date in the form YYYY-MM-DD"),
    DUE_DATE_MISSING("PV-1408", 422, "The due date is missing; every milestone has one"),
    DATE_BEFORE_AGREEMENT("PV-1409", 422, "%s %s is before the Cooperative Agreement was approved on %s"),
    COMPLETED_AFTER_REPORTING_YEAR("PV-1410", 422, "Completed date %s is after the end of the reporting year %d;"
            + " a completion is reported in the year it happened"),
    UNKNOWN_MILESTONE_STATUS("PV-1411", 422, "Unknown status '%s'; allowed: %s"),
    COMPLETED_DATE_MISSING("PV-1412", 422, "Status COMPLETED needs the completed_date"),
    COMPLETED_DATE_NOT_COMPLETED("PV-1413", 422, "A completed_date (%s) is given but the status is %s; a completed"
            + " milestone has status COMPLETED"),
    PORT_CONTROL_INVALID("PV-1414", 422, "within_port_control '%s' must be yes or no"),
    FLEXIBILITY_REFERENCE_MISSING("PV-1415", 422, "Milestone %s is %s and declared outside the port's control, but"
            + " flexibility_ref is empty; name the flexibility option and the document that excuses the delay"),
    EVIDENCE_REFERENCE_MISSING("PV-1416", 422, "Milestone %s is COMPLETED but evidence_ref is empty; name the document"
            + " that shows its completion"),
    DUPLICATE_MILESTONE("PV-1420", 422, "Duplicate of line %d: milestone id %s is reported twice"),

    // fleet.csv
    COUNT_NOT_A_WHOLE_NUMBER("PV-1501", 422, "%s '%s' is not a whole number"),
    COUNT_NEGATIVE("PV-1502", 422, "%s %s is negative; a count cannot be below zero"),
    ZE_UNITS_EXCEED_TOTAL("PV-1503", 422, "ze_units %d exceed total_units %d; zero-emission units are counted in the"
            + " total"),
    CAPACITY_NOT_A_NUMBER("PV-1504", 422, "Capacity '%s' is not a decimal number"),
    CAPACITY_NEGATIVE("PV-1505", 422, "Capacity %s is negative; capacity cannot be below zero"),
    CAPACITY_UNIT_MISSING("PV-1506", 422, "The capacity unit is missing; every row states %s"),
    UNKNOWN_CAPACITY_UNIT("PV-1507", 422, "Unknown capacity unit '%s'; allowed: %s"),
    DUPLICATE_FLEET("PV-1510", 422, "Duplicate of line %d: data year %d and category %s are reported twice"),

    // claims.csv (optional; PV-1102 to PV-1104, PV-1201, PV-1202 and PV-1212/1213 also apply to it)
    UNKNOWN_CLAIM_SCOPE("PV-1601", 422, "Unknown scope '%s'; allowed: PORT (this port) or SAN_PEDRO_BAY (both ports"
            + " together)"),
    UNKNOWN_CLAIM_MEASURE("PV-1602", 422, "Unknown measure '%s'; allowed: %s"),
    CLAIM_VALUE_NOT_A_NUMBER("PV-1603", 422, "Claimed value '%s' is not a decimal number; write it as published,"
            + " without the %% sign or thousands separators (-90 for a 90 %% reduction)"),
    CLAIM_TONS_NEGATIVE("PV-1604", 422, "Claimed %s of %s is negative; tons cannot be below zero"),
    CLAIM_CHANGE_BELOW_MINUS_100("PV-1605", 422, "Claimed %s of %s %% is below -100 %%; emissions cannot fall by more"
            + " than all of them"),
    DUPLICATE_CLAIM("PV-1610", 422, "Duplicate of line %d: scope %s, category %s, pollutant %s, data year %d and"
            + " measure %s are claimed twice"),

    // PV-20xx: the Cooperative Agreement's rules (PV-200x a rules version, PV-201x its penalty schedule, refused
    // when the rules are loaded) and compliance with them (PV-202x evaluation, PV-203x defaults ledger)
    RULES_VERSION_MISSING("PV-2001", 500, "A rules version needs an id, such as CA-2025.1"),
    RULES_EFFECTIVE_DATE_INVALID("PV-2002", 500,
            "Rules version %s takes effect on %s, before the agreement was approved"
            + " on %s"),
    RULES_APPROVED_PLAN_MISSING("PV-2003", 500, "Rules version %s has no approved-plan due date for phase %d"),
    RULES_DATE_OUTSIDE_TERM("PV-2004", 500,
            "Rules version %s: the %s is due %s, outside the agreement's term (%s to %s)"),
    RULES_DRAFT_NOT_BEFORE_APPROVED("PV-2005", 500,
            "Rules version %s: the phase %d draft plan is due %s, not before its"
            + " approved plan (%s)"),
    RULES_WINDOW_INVALID("PV-2006", 500, "Rules version %s: the DUE_SOON window is %d days; it must be 0 or more"),
    RULES_PENALTY_SCHEDULE_MISSING("PV-2007", 500, "Rules version %s has no penalty schedule"),
    PENALTY_OUT_OF_RANGE("PV-2010", 500,
            "The penalty schedule's %s is %s USD, outside the agreement's range of %s to %s"
            + " USD per default"),
    PENALTY_NOT_AN_AMOUNT("PV-2011", 500, "The penalty schedule's %s is %s, not an amount of USD in whole cents of at"
            + " least 0"),
    PENALTY_SCHEDULE_DECREASES("PV-2012", 500, "The penalty schedule's level %d (%s USD) is below level %d (%s USD);"
            + " an escalation never lowers a penalty"),
    PENALTY_SCHEDULE_EMPTY("PV-2013", 500, "The penalty schedule has no amount"),
    RULES_NOT_IN_FORCE("PV-2020", 409, "Rules version %s takes effect on %s, after the as-of date %s"),
    NO_RULES_IN_FORCE("PV-2021", 409, "No rules version is in force on %s; the earliest takes effect on %s"),
    RULES_AMBIGUOUS("PV-2022", 409, "Rules versions %s and %s both take effect on %s; a date has one version in force"),
    LEDGER_YEAR_AFTER_AS_OF("PV-2030", 409, "Reporting year %d is after the evaluation's as-of date %s; a run cannot"
            + " charge a year it has not reached"),

    // PV-30xx: metrics that cannot be computed (reported as "n/a", never as NaN)
    BASELINE_MISSING("PV-3001", 422, "No 2005 baseline figure in the same edition"),
    BASELINE_ZERO("PV-3002", 422, "The 2005 baseline is zero, so a reduction is undefined"),
    THROUGHPUT_MISSING("PV-3003", 422, "No TEU throughput for data year %d"),
    THROUGHPUT_ZERO("PV-3004", 422, "TEU throughput is zero for data year %d"),
    COMBINED_INCOMPLETE("PV-3005", 422, "Both ports must report the figure for a San Pedro Bay total"),
    COMPARISON_FIGURE_MISSING("PV-3006", 422, "No 2017 figure in the same edition, so no change vs 2017"),
    COMPARISON_FIGURE_ZERO("PV-3007", 422, "The 2017 figure is zero, so a change vs 2017 is undefined"),
    TREND_INSUFFICIENT_DATA("PV-3008", 422, "%d data year(s) in the trend window; a trend needs at least %d"),
    STANDARD_DATA_MISSING("PV-3009", 422, "No %s %s total for %s, so the %s is not evaluated there"),
    GHG_REFERENCE_MISSING("PV-3010", 422, "No 1990 greenhouse gas reference is configured for %s, so the %s is not"
            + " evaluated"),
    FLEET_TOTAL_ZERO("PV-3011", 422, "%s reports no %s units in data year %d, so the zero-emission share is undefined"),
    // PV-3012 and up: the settings a run computes its progress with (job parameters of annual-verification)
    GHG_REFERENCE_INVALID("PV-3012", 400, "1990 greenhouse gas reference '%s' is invalid: %s; expected SCOPE:tons, e.g."
            + " POLA:1234567.8,POLB:2345678.9 (metric tons CO2e; SCOPE is POLA, POLB or SAN_PEDRO_BAY)"),
    TREND_WINDOW_INVALID("PV-3013", 400,
            "Trend window '%s' is invalid: %s; expected FIRST-LAST data years, e.g. 2017-2025"),
    BASELINE_TOLERANCE_INVALID("PV-3014", 400,
            "Baseline tolerance '%s' is invalid: %s; expected a fraction from 0 to 1,"
            + " e.g. 0.01 for 1%%"),
    MATERIALITY_INVALID("PV-3015", 400, "Materiality '%s' is invalid: write percentage points, then percent of the"
            + " tons, e.g. 1pp,5%%"),
    // PV-3016: a port's claim the engine has no figure for
    CLAIM_FIGURE_MISSING("PV-3016", 422, "No %s figure of %s %s for data year %d in the accepted package"),
    // PV-3050 and up: quality flags for the auditors; the metrics stand, the flag asks a question
    QA_YEAR_OVER_YEAR_OUTLIER("PV-3050", 422, "%s %s %s changed %s from %d to %d; the series' median year-over-year"
            + " change is %s and changes more than %s from it are flagged"),
    QA_BASELINE_MOVED("PV-3051", 422, "%s %s %s: the 2005 baseline is %s in edition %s against %s in edition %s (%s),"
            + " beyond the %s tolerance"),
    QA_ROSE_SINCE_BASELINE("PV-3052", 422, "%s %s %s rose %s from 2005 to %d"),
    QA_DATA_YEAR_MISSING("PV-3053", 422, "%s %s %s has no figure for data year %d, a year the edition reports"),

    // PV-40xx: requests and runs
    PARAMETER_INVALID("PV-4001", 400, "Parameter %s is invalid: %s"),
    OTHER_PORT("PV-4003", 403, "A user of %s may see, submit and certify only its own port's packages, not %s"),
    EXECUTION_NOT_FOUND("PV-4004", 404, "No verification run with execution id %d"),
    REPORT_NOT_FOUND("PV-4005", 404, "No Governing Board report for reporting year %d"),
    NO_SUBMISSION("PV-4006", 409, "No accepted submission for reporting year %d from %s"),
    SUBMISSION_NOT_FOUND("PV-4007", 404, "No version %d of the %s package for reporting year %d"),
    UPLOAD_MISSING("PV-4008", 400, "The upload has no part named 'package' (multipart/form-data)"),
    CROSS_SITE_REFUSED("PV-4010", 403, "A state-changing request must come from the PortVerify page: %s"),
    YEAR_OUT_OF_RANGE("PV-4011", 400, "Reporting year '%s' is not a year from %d to %d"),
    RESOURCE_NOT_FOUND("PV-4012", 404, "No resource at %s"),
    METHOD_NOT_ALLOWED("PV-4013", 405, "%s is not allowed on %s"),
    MEDIA_TYPE_UNSUPPORTED("PV-4014", 415, "The content type %s is not accepted here"),
    REQUEST_REFUSED("PV-4015", 400, "The request was refused (HTTP %d): %s"),
    ROLE_REFUSED("PV-4016", 403, "The signed-in user's roles may not call %s"),
    TOLERANCE_NOT_THE_SUBMITTERS("PV-4020", 400, "The error tolerance is set by the regulator's administrator for"
            + " each reporting year, never with an upload: send the package without the '%s' part"),
    TOLERANCE_INVALID("PV-4021", 400, "Error tolerance '%s' is invalid: expected a whole number of refused records"
            + " from 0 to %d"),
    PAGE_INVALID("PV-4022", 400, "Paging parameter %s is invalid: %s"),
    DEADLINE_INVALID("PV-4023", 400, "Submission deadline '%s' is invalid: expected a date YYYY-MM-DD from reporting"
            + " year %d to %d"),

    // PV-41xx: operations (the scheduled run and its guard, restart and crash recovery, re-verification)
    SUBMISSION_MISSING_FOR_RUN("PV-4101", 409, "No submission from %s for reporting year %d: no accepted version and no"
            + " package folder at %s"),
    RUN_ALREADY_STARTED("PV-4102", 409, "annual-verification for reporting year %d with rules %s was already started"
            + " (execution %s); the guard starts it once"),
    RESTART_REFUSED("PV-4103", 409, "Execution %d cannot be restarted: %s"),
    EXECUTION_INTERRUPTED("PV-4104", 500, "The server stopped while this execution was %s; marked FAILED at startup so"
            + " that it can be restarted from its last checkpoint"),
    REVERIFICATION_REFUSED("PV-4105", 409, "Execution %d cannot be re-verified: %s"),
    PINNED_SUBMISSION_INVALID("PV-4106", 409, "Pinned submission %s is not an accepted version of reporting year %d"),
    SCHEDULE_INVALID("PV-4107", 500, "The schedule %s '%s' is invalid: %s"),
    REVERIFICATION_FAILED("PV-4108", 409, "The re-run %d ended %s, so nothing was compared"),
    INGEST_CLAIMED("PV-4109", 409, "Version %d of the %s package for reporting year %d is being ingested by"
            + " execution %s (%s); one ingest per version at a time: wait for it, or restart that execution once it"
            + " has failed"),
    FAILURE_INJECTED("PV-4149", 500, "Test failure injected at record %d of reporting year %d (system property %s);"
            + " never set in production"),

    // PV-42xx: the Governing Board report's tables as CSV and XLSX
    TABLE_NOT_FOUND("PV-4201", 404, "The Governing Board report has no table '%s'; its tables are %s"),
    TABLE_NOT_EXPORTABLE("PV-4202", 500, "Table %s of the report model cannot be exported: %s"),
    TABLE_EXPORT_FAILED("PV-4203", 500, "Writing table %s failed: %s"),
    REPORT_OF_RUN_NOT_FOUND("PV-4204", 404, "Verification run %d has no Governing Board report (yet)"),
    REPORT_DATA_CHANGED("PV-4205", 409, "The stored figures of run %d no longer give its report's data digest"
            + " (now %s, report %s); render the report again before exporting its tables"),

    // PV-43xx: certified submissions and the regulator's review
    CERTIFICATION_REFUSED("PV-4302", 409, "Version %d of the %s package for reporting year %d cannot be certified: %s"),
    STATEMENT_CHANGED("PV-4303", 409, "The certification statement is now version %d, not %d: read the current text"
            + " and sign that one"),
    SIGNER_NOT_AUTHENTICATED("PV-4304", 403, "The password given to sign is not %s's: nothing was certified (sign"
            + " with your own password again)"),
    STATEMENT_INVALID("PV-4305", 400, "The certification statement is invalid: %s"),
    CERTIFICATION_NOT_FOUND("PV-4306", 404, "Version %d of the %s package for reporting year %d is not certified"),
    SEAL_UNAVAILABLE("PV-4307", 500, "The server's seal cannot sign: %s"),
    REVIEW_REFUSED("PV-4308", 409, "Version %d of the %s package for reporting year %d cannot be %s: it is %s"),
    REPLY_DUE_INVALID("PV-4309", 400, "Reply due date '%s' is invalid: expected a date YYYY-MM-DD after today (%s)"),
    COMMENT_INVALID("PV-4310", 400, "The comment is invalid: %s"),
    DISPUTE_WINDOW_CLOSED("PV-4311", 409, "The copy of record of version %d could be disputed until %s; it is %s"
            + " now: ask the regulator's reviewer in a comment instead"),

    // PV-44xx: the public view (issue 16): what anyone may read without signing in
    PUBLIC_RELEASE_NOT_FOUND("PV-4401", 404, "No final report has been released for reporting year %d"),
    PUBLIC_TABLE_NOT_PUBLISHED("PV-4402", 404, "The public release has no table '%s'; its tables are %s"),
    PUBLIC_RATE_LIMITED("PV-4403", 429, "Too many requests from your address: at most %d a minute; try again in %d"
            + " seconds"),
    PUBLIC_SUMMARY_LANGUAGE("PV-4404", 404, "There is no community summary in '%s'; its languages are %s"),

    // PV-50xx: the Governing Board report itself (PV-5002, a conformance other than tagged or pdfa, is retired:
    // the job parameter is refused with PV-4001 before a renderer sees it; never reuse it)
    REPORT_RENDERING_FAILED("PV-5001", 500, "Board report rendering failed: %s"),
    // PV-5003: anything the server did not expect; the details stay in the server log under the incident id
    UNEXPECTED_ERROR("PV-5003", 500, "The server could not answer this request (incident %s); the details are in its"
            + " log"),
    // PV-5004: the server lacks a font a language needs (the Chinese summary's: Debian's fonts-noto-cjk)
    SUMMARY_FONT_MISSING("PV-5004", 503, "%s; install it on the server (docs/public-view.md) and ask again");

    private final String code;
    private final int httpStatus;
    private final String template;

    ErrorCode(String code, int httpStatus, String template) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.template = template;
    }

    public String code() {
        return code;
    }

    /** The entry of a stored code, e.g. {@code PV-1204}; a code not in the catalogue was never written by us. */
    public static ErrorCode of(String code) {
        for (ErrorCode entry : values()) {
            if (entry.code.equals(code)) {
                return entry;
            }
        }
        throw new IllegalStateException("Unknown code " + code);
    }

    /** A failure of the server, not of what was submitted: the submitter cannot correct it, only try again. */
    public boolean isServerFailure() {
        return httpStatus >= 500;
    }

    /** The HTTP status of a request this code refuses (see the class comment for codes that are never an answer). */
    public int httpStatus() {
        return httpStatus;
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
