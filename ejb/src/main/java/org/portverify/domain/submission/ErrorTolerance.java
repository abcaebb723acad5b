package org.portverify.domain.submission;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * The refused records the regulator tolerates in one version of a port's package for a reporting year before the
 * version is rejected as a whole and its ingest stops reading. Set by an administrator, never by the port; a year
 * nobody set has {@link #DEFAULT_SKIP_LIMIT}.
 */
@Entity
@Table(name = "error_tolerance")
public class ErrorTolerance {

    /** The documented default: 1000 refused records. */
    public static final long DEFAULT_SKIP_LIMIT = 1000;

    /** The largest tolerance an administrator may set: it also bounds the refused records kept per version. */
    public static final long MAX_SKIP_LIMIT = 100_000;

    @Id
    @Column(name = "reporting_year")
    private int reportingYear;

    @Column(name = "skip_limit", nullable = false)
    private long skipLimit;

    @Column(name = "set_by", nullable = false, length = 100)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected ErrorTolerance() {
    }

    public ErrorTolerance(int reportingYear, long skipLimit, String setBy, Instant setAt) {
        this.reportingYear = reportingYear;
        change(skipLimit, setBy, setAt);
    }

    /** A new tolerance for the year; versions already judged keep the one they recorded. */
    public void change(long skipLimit, String setBy, Instant setAt) {
        if (skipLimit < 0 || skipLimit > MAX_SKIP_LIMIT) {
            throw new RuleViolation(ErrorCode.TOLERANCE_INVALID, skipLimit, MAX_SKIP_LIMIT);
        }
        this.skipLimit = skipLimit;
        this.setBy = Objects.requireNonNull(setBy, "setBy");
        this.setAt = Objects.requireNonNull(setAt, "setAt");
    }

    /** Parses a tolerance as given: a whole number of refused records from 0 to {@link #MAX_SKIP_LIMIT}; PV-4021. */
    public static long parse(String text) {
        try {
            long skipLimit = Long.parseLong(text == null ? "" : text.strip());
            if (skipLimit >= 0 && skipLimit <= MAX_SKIP_LIMIT) {
                return skipLimit;
            }
        } catch (NumberFormatException e) {
            // refused below, with the text as given
        }
        throw new RuleViolation(ErrorCode.TOLERANCE_INVALID, text, MAX_SKIP_LIMIT);
    }

    /** Whether {@code refused} records pass the tolerance {@code skipLimit}: the version can no longer be accepted. */
    public static boolean exceededBy(long refused, long skipLimit) {
        return refused > skipLimit;
    }

    /**
     * PV-1060 at the line of {@code last}, the refused record that passed the tolerance ({@code refused} in all):
     * nothing after it is read.
     */
    public static Finding stoppedAt(Finding last, long refused, long skipLimit, int reportingYear) {
        return new Finding(Severity.ERROR, ErrorCode.INGEST_STOPPED_AT_TOLERANCE, last.fileName(), last.line(),
                "(package)", ErrorCode.INGEST_STOPPED_AT_TOLERANCE.reason(last.line(), last.fileName(), refused,
                skipLimit, reportingYear));
    }

    /** How many refusals the package rules may still keep after {@code refused}: up to tolerance + 1 in all. */
    public static long roomAfter(long refused, long skipLimit) {
        return skipLimit + 1 - refused;
    }

    /**
     * PV-1061 at {@code next}, the first repeated record beyond the {@code room} left ({@code repeated} in all): the
     * version is rejected anyway, and only the first {@code room} are kept.
     */
    public static Finding packageRulesOver(Finding next, long repeated, long skipLimit, int reportingYear,
                                           long room) {
        return new Finding(Severity.ERROR, ErrorCode.PACKAGE_RULES_OVER_TOLERANCE, next.fileName(), next.line(),
                "(package)", ErrorCode.PACKAGE_RULES_OVER_TOLERANCE.reason(repeated, skipLimit, reportingYear, room));
    }

    public int getReportingYear() {
        return reportingYear;
    }

    public long getSkipLimit() {
        return skipLimit;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
