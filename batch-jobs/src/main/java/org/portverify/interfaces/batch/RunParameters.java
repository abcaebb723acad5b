package org.portverify.interfaces.batch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.reports.ReportConformance;

/** Parses and checks the job parameters of {@code annual-verification}; see the job XML for their meaning. */
public final class RunParameters {

    static final int FIRST_REPORTING_YEAR = 2006;
    static final int LAST_REPORTING_YEAR = 2100;
    static final long DEFAULT_SKIP_LIMIT = 1000;

    private RunParameters() {
    }

    public static int reportingYear(String text) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.strip());
            if (year < FIRST_REPORTING_YEAR || year > LAST_REPORTING_YEAR) {
                throw new RuleViolation(ErrorCode.PARAMETER_INVALID, "reportingYear",
                        "must be between " + FIRST_REPORTING_YEAR + " and " + LAST_REPORTING_YEAR + ", got " + year);
            }
            return year;
        } catch (NumberFormatException e) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, "reportingYear",
                    "must be a year such as 2025, got '" + text + "'");
        }
    }

    /** Errors tolerated per submission before it is rejected as a whole; default 1000. */
    public static long skipLimit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_SKIP_LIMIT;
        }
        try {
            long limit = Long.parseLong(text.strip());
            if (limit < 0) {
                throw new NumberFormatException();
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, "skipLimit",
                    "must be a whole number of at least 0, got '" + text + "'");
        }
    }

    /** The as-of date; when absent, the last day of the reporting year (never the clock: runs must reproduce). */
    public static LocalDate asOfDate(String text, int reportingYear) {
        if (text == null || text.isBlank()) {
            return LocalDate.of(reportingYear, 12, 31);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, "asOfDate",
                    "must be a date YYYY-MM-DD, got '" + text + "'");
        }
    }

    /** The Board report's conformance: {@code tagged} (default, also when blank) or {@code pdfa} (PDF/A-1a). */
    public static ReportConformance reportConformance(String text) {
        try {
            return ReportConformance.fromParameter(text);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, "reportConformance",
                    "must be 'tagged' or 'pdfa', got '" + text + "'");
        }
    }
}
