package org.portverify.interfaces.batch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.metrics.goals.GhgReferences;
import org.portverify.domain.metrics.progress.ProgressSettings;
import org.portverify.domain.metrics.qa.QaThresholds;
import org.portverify.domain.metrics.trend.TrendWindow;
import org.portverify.reports.ReportConformance;
import org.portverify.reports.ReportStatus;

/** Parses and checks the job parameters of {@code annual-verification}; see the job XML for their meaning. */
public final class RunParameters {

    static final int FIRST_REPORTING_YEAR = 2006;
    static final int LAST_REPORTING_YEAR = 2100;
    static final long DEFAULT_SKIP_LIMIT = 1000;

    /** The server's default 1990 GHG references, used when a run gives no {@code ghgReference1990}. */
    public static final String GHG_REFERENCE_PROPERTY = "portverify.ghg.reference1990";

    private RunParameters() {
    }

    /** The 1990 references' text and where it came from; text null when neither gives one. */
    public record GhgText(String text, String source) {
    }

    /** The job parameter {@code ghgReference1990} when given, else the server's system property, else none. */
    public static GhgText ghgReferenceText(String parameter) {
        if (parameter != null && !parameter.isBlank()) {
            return new GhgText(parameter.strip(), "job parameter ghgReference1990");
        }
        String property = System.getProperty(GHG_REFERENCE_PROPERTY);
        if (property != null && !property.isBlank()) {
            return new GhgText(property.strip(), "system property " + GHG_REFERENCE_PROPERTY);
        }
        return new GhgText(null, null);
    }

    /**
     * The settings of a run's CAAP progress, each validated: PV-3012 (GHG references), PV-3013 (trend window),
     * PV-3014 (baseline tolerance).
     */
    public static ProgressSettings progressSettings(GhgText ghg, String trendWindow, String baselineTolerance,
                                                    int reportingYear) {
        return new ProgressSettings(GhgReferences.parse(ghg.text(), ghg.source()),
                TrendWindow.parse(trendWindow, reportingYear),
                QaThresholds.parseBaselineTolerance(baselineTolerance));
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

    /**
     * The submission ids a re-verification pins ("12,13"), in order; empty when the run uses the current accepted
     * versions.
     */
    public static java.util.List<Long> pinnedSubmissions(String text) {
        if (text == null || text.isBlank()) {
            return java.util.List.of();
        }
        try {
            return java.util.Arrays.stream(text.split(",")).map(String::strip).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, "pinnedSubmissions",
                    "must be submission ids separated by commas, got '" + text + "'");
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

    /** The Board report's status: {@code draft} (default, also when blank) or {@code final}. */
    public static ReportStatus reportStatus(String text) {
        try {
            return ReportStatus.fromParameter(text);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, "reportStatus",
                    "must be 'draft' or 'final', got '" + text + "'");
        }
    }
}
