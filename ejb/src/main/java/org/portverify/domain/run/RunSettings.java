package org.portverify.domain.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntToLongFunction;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.verification.Materiality;
import org.portverify.domain.metrics.goals.GhgReferences;
import org.portverify.domain.metrics.progress.ProgressSettings;
import org.portverify.domain.metrics.qa.QaThresholds;
import org.portverify.domain.metrics.trend.TrendWindow;
import org.portverify.domain.submission.ErrorTolerance;
import org.portverify.reports.PaperSize;
import org.portverify.reports.ReportConformance;
import org.portverify.reports.ReportStatus;

/**
 * Everything an {@code annual-verification} run is computed with, validated and resolved once when the run starts
 * (defaults and the server's settings included), recorded on its {@link VerificationRun} and read from there by
 * every step. A re-verification's re-run takes the original's recorded settings, so it never reads the server's
 * settings again. docs/operations.md documents each setting.
 *
 * @param reportingYear     the reporting year verified (2006..2100)
 * @param asOfDate          the date the verification speaks for; never the clock, so that reruns reproduce
 * @param submissionsDir    root folder of the ports' packages
 * @param itemCount         records per chunk (transaction and checkpoint)
 * @param skipLimit         errors tolerated per submission before it is rejected as a whole
 * @param ghgReference      the 1990 GHG references as resolved, with where they came from
 * @param trendWindow       the data years every stored trend is fitted over
 * @param baselineTolerance the largest move of a 2005 baseline from the previous edition left unflagged
 * @param reportConformance tagged PDF or PDF/A-1a
 * @param reportStatus      draft or final
 * @param paperSize         the paper of the Board report and the community summary: US Letter (default) or A4
 * @param materiality       how far a port's claim may be from the recomputed figure and still stand
 * @param reverifying       set on the re-run of a re-verification only
 */
public record RunSettings(int reportingYear, LocalDate asOfDate, String submissionsDir, int itemCount,
                          long skipLimit, GhgReferenceText ghgReference, TrendWindow trendWindow,
                          BigDecimal baselineTolerance, ReportConformance reportConformance,
                          ReportStatus reportStatus, PaperSize paperSize, Materiality materiality,
                          Reverifying reverifying) {

    public static final int FIRST_REPORTING_YEAR = 2006;
    public static final int LAST_REPORTING_YEAR = 2100;
    public static final int DEFAULT_ITEM_COUNT = 1000;
    public static final long DEFAULT_SKIP_LIMIT = ErrorTolerance.DEFAULT_SKIP_LIMIT;

    public RunSettings {
        Objects.requireNonNull(asOfDate, "asOfDate");
        Objects.requireNonNull(ghgReference, "ghgReference");
        Objects.requireNonNull(trendWindow, "trendWindow");
        Objects.requireNonNull(baselineTolerance, "baselineTolerance");
        Objects.requireNonNull(reportConformance, "reportConformance");
        Objects.requireNonNull(reportStatus, "reportStatus");
        Objects.requireNonNull(paperSize, "paperSize");
        Objects.requireNonNull(materiality, "materiality");
        baselineTolerance = baselineTolerance.stripTrailingZeros();
    }

    /**
     * The 1990 greenhouse gas references as given ({@code POLA:1234567.8,POLB:2345678.9}) and where they came from
     * (the run's request or the server's system property); both null when none was configured.
     */
    public record GhgReferenceText(String text, String source) {

        public static final GhgReferenceText NONE = new GhgReferenceText(null, null);

        public GhgReferenceText {
            text = text == null || text.isBlank() ? null : text.strip();
            source = text == null ? null : source;
        }

        public GhgReferences references() {
            return GhgReferences.parse(text, source);
        }
    }

    /**
     * What makes a run the re-run of a re-verification: the execution it re-verifies, the re-verification it
     * completes, the accepted submission versions it uses instead of registering any, and the agreement rules
     * version the original evaluated with (null when the original evaluated none).
     */
    public record Reverifying(long originalExecutionId, long reverificationId, List<Long> pinnedSubmissions,
                              String rulesVersion) {

        public Reverifying {
            pinnedSubmissions = List.copyOf(pinnedSubmissions);
        }
    }

    /**
     * A run as requested (REST or the schedule): every setting as text, null or blank for its default.
     * {@link #resolve} validates it.
     */
    public record Request(String reportingYear, String asOfDate, String submissionsDir, String itemCount,
                          String skipLimit, String ghgReference1990, String trendWindow, String baselineTolerance,
                          String reportConformance, String reportStatus, String materiality, String paperSize) {

        /** A request that leaves the paper at its default. */
        public Request(String reportingYear, String asOfDate, String submissionsDir, String itemCount,
                       String skipLimit, String ghgReference1990, String trendWindow, String baselineTolerance,
                       String reportConformance, String reportStatus, String materiality) {
            this(reportingYear, asOfDate, submissionsDir, itemCount, skipLimit, ghgReference1990, trendWindow,
                    baselineTolerance, reportConformance, reportStatus, materiality, null);
        }

        /** A request that leaves the materiality at its default. */
        public Request(String reportingYear, String asOfDate, String submissionsDir, String itemCount,
                       String skipLimit, String ghgReference1990, String trendWindow, String baselineTolerance,
                       String reportConformance, String reportStatus) {
            this(reportingYear, asOfDate, submissionsDir, itemCount, skipLimit, ghgReference1990, trendWindow,
                    baselineTolerance, reportConformance, reportStatus, null);
        }

        public Request withMateriality(String text) {
            return new Request(reportingYear, asOfDate, submissionsDir, itemCount, skipLimit, ghgReference1990,
                    trendWindow, baselineTolerance, reportConformance, reportStatus, text, paperSize);
        }

        /** A request for a year with every other setting at its default. */
        public static Request forYear(int reportingYear) {
            return new Request(String.valueOf(reportingYear), null, null, null, null, null, null, null, null, null);
        }

        public Request withAsOfDate(String date) {
            return new Request(reportingYear, date, submissionsDir, itemCount, skipLimit, ghgReference1990,
                    trendWindow, baselineTolerance, reportConformance, reportStatus, materiality, paperSize);
        }

        public Request withSubmissionsDir(String dir) {
            return new Request(reportingYear, asOfDate, dir, itemCount, skipLimit, ghgReference1990, trendWindow,
                    baselineTolerance, reportConformance, reportStatus, materiality, paperSize);
        }

        public Request withItemCount(int count) {
            return new Request(reportingYear, asOfDate, submissionsDir, String.valueOf(count), skipLimit,
                    ghgReference1990, trendWindow, baselineTolerance, reportConformance, reportStatus, materiality,
                    paperSize);
        }

        public Request withProgress(String ghg, String window, String tolerance) {
            return new Request(reportingYear, asOfDate, submissionsDir, itemCount, skipLimit, ghg, window, tolerance,
                    reportConformance, reportStatus, materiality, paperSize);
        }

        public Request withPaperSize(String text) {
            return new Request(reportingYear, asOfDate, submissionsDir, itemCount, skipLimit, ghgReference1990,
                    trendWindow, baselineTolerance, reportConformance, reportStatus, materiality, text);
        }

        public Request withReport(String conformance, String status) {
            return new Request(reportingYear, asOfDate, submissionsDir, itemCount, skipLimit, ghgReference1990,
                    trendWindow, baselineTolerance, conformance, status, materiality, paperSize);
        }
    }

    /** What the server contributes when a request leaves a setting out (its system properties). */
    public record ServerDefaults(String submissionsDir, String ghgReference1990, String ghgReferenceSource) {
    }

    /**
     * Validates a request and fills in the defaults: PV-4001 for a bad year, date, folder, item count, skip limit
     * or report option; PV-3012..PV-3014 for the progress settings.
     */
    public static RunSettings resolve(Request request, ServerDefaults server) {
        return resolve(request, server, year -> DEFAULT_SKIP_LIMIT);
    }

    /**
     * As {@link #resolve(Request, ServerDefaults)}, a run without {@code skipLimit} being judged with the error
     * tolerance the regulator set for its reporting year ({@code tolerance} of the year).
     */
    public static RunSettings resolve(Request request, ServerDefaults server, IntToLongFunction tolerance) {
        int year = reportingYear(request.reportingYear());
        String dir = given(request.submissionsDir()) ? request.submissionsDir().strip() : server.submissionsDir();
        if (!given(dir)) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, "submissionsDir",
                    "the run names no folder and the server has none configured"
                            + " (system property portverify.submissions.dir)");
        }
        GhgReferenceText ghg = given(request.ghgReference1990())
                ? new GhgReferenceText(request.ghgReference1990(), "job parameter ghgReference1990")
                : new GhgReferenceText(server.ghgReference1990(), server.ghgReferenceSource());
        ghg.references();
        long skipLimit = given(request.skipLimit()) ? ErrorTolerance.parse(request.skipLimit())
                : tolerance.applyAsLong(year);
        return new RunSettings(year, asOfDate(request.asOfDate(), year), dir,
                (int) whole("itemCount", request.itemCount(), DEFAULT_ITEM_COUNT, 1), skipLimit, ghg,
                TrendWindow.parse(request.trendWindow(), year),
                QaThresholds.parseBaselineTolerance(request.baselineTolerance()),
                reportConformance(request.reportConformance()), reportStatus(request.reportStatus()),
                paperSize(request.paperSize()), materiality(request.materiality()), null);
    }

    /**
     * The settings of a re-verification's re-run: the original's own, with what makes it a re-run. Nothing is read
     * again from the server.
     */
    public RunSettings reverifiedBy(long originalExecutionId, long reverificationId, List<Long> pinnedSubmissions,
                                    String rulesVersion) {
        return new RunSettings(reportingYear, asOfDate, submissionsDir, itemCount, skipLimit, ghgReference,
                trendWindow, baselineTolerance, reportConformance, reportStatus, paperSize, materiality,
                new Reverifying(originalExecutionId, reverificationId, pinnedSubmissions, rulesVersion));
    }

    /** The settings the run's CAAP progress is computed with. */
    public ProgressSettings progress() {
        return new ProgressSettings(ghgReference.references(), trendWindow, baselineTolerance);
    }

    public boolean isReverification() {
        return reverifying != null;
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

    /** The as-of date; when absent, the last day of the reporting year (never the clock: runs must reproduce). */
    public static LocalDate asOfDate(String text, int reportingYear) {
        if (!given(text)) {
            return LocalDate.of(reportingYear, 12, 31);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, "asOfDate",
                    "must be a date YYYY-MM-DD, got '" + text + "'");
        }
    }

    /**
     * Errors tolerated per submission before it is rejected as a whole, as recorded on a run; default 1000. The bounds
     * of a year's tolerance ({@link ErrorTolerance#parse}, PV-4021), whoever sets it.
     */
    public static long skipLimit(String text) {
        return given(text) ? ErrorTolerance.parse(text) : DEFAULT_SKIP_LIMIT;
    }

    /** The submission ids a re-verification pins ("12,13"), in order; empty for none. */
    public static List<Long> pinnedSubmissions(String text) {
        if (!given(text)) {
            return List.of();
        }
        try {
            return Arrays.stream(text.split(",")).map(String::strip).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, "pinnedSubmissions",
                    "must be submission ids separated by commas, got '" + text + "'");
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

    /** The paper: {@code letter} (default, also when blank) or {@code a4}; PV-4001 otherwise. */
    public static PaperSize paperSize(String text) {
        if (!given(text)) {
            return PaperSize.DEFAULT;
        }
        try {
            return PaperSize.fromParameter(text);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, "paperSize",
                    "must be 'letter' or 'a4', got '" + text + "'");
        }
    }

    /** The materiality claims are compared at: {@code 1pp,5%} (default, also when blank); PV-3015 otherwise. */
    public static Materiality materiality(String text) {
        if (!given(text)) {
            return Materiality.DEFAULT;
        }
        try {
            return Materiality.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(ErrorCode.MATERIALITY_INVALID, text);
        }
    }

    private static long whole(String name, String text, long fallback, long least) {
        if (!given(text)) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value < least || value > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, name,
                    "must be a whole number of at least " + least + ", got '" + text + "'");
        }
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
