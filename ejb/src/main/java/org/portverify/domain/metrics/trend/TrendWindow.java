package org.portverify.domain.metrics.trend;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * The data years a trend is fitted over, both ends included. The 2005 baseline is a point like any other: a window
 * from 2017 keeps the inventories' twelve-year gap out of the fit.
 */
public record TrendWindow(int fromYear, int toYear) {

    /** Every data year of the series. */
    public static final TrendWindow ALL = new TrendWindow(Integer.MIN_VALUE, Integer.MAX_VALUE);

    public TrendWindow {
        if (fromYear > toYear) {
            throw new IllegalArgumentException("Window from " + fromYear + " to " + toYear + " is empty");
        }
    }

    /** The {@code years} data years up to and including {@code throughYear}, e.g. (8, 2024) is 2017 to 2024. */
    public static TrendWindow lastYears(int years, int throughYear) {
        if (years < 1) {
            throw new IllegalArgumentException("A window spans at least one year, not " + years);
        }
        return new TrendWindow(throughYear - years + 1, throughYear);
    }

    public boolean contains(int year) {
        return year >= fromYear && year <= toYear;
    }

    /** Whether the window is {@link #ALL}: every data year of the series. */
    public boolean isAll() {
        return equals(ALL);
    }

    /** "2017-2025", or "all data years". */
    public String text() {
        return isAll() ? "all data years" : fromYear + "-" + toYear;
    }

    /**
     * The window a run fits its trends over unless told otherwise: 2017 (the 2017 CAAP update, the year the
     * inventories compare with since 2023) to the reporting year. It keeps the gap between the 2005 baseline and the
     * annual series out of the fit, where 2005 would otherwise lie off any straight line through the recent years.
     * A reporting year before 2017 fits the annual inventories from 2006 (the first after the baseline) to it.
     */
    public static TrendWindow defaultFor(int reportingYear) {
        if (reportingYear < DEFAULT_FIRST_YEAR) {
            return new TrendWindow(FIRST_ANNUAL_YEAR, Math.max(FIRST_ANNUAL_YEAR, reportingYear));
        }
        return new TrendWindow(DEFAULT_FIRST_YEAR, reportingYear);
    }

    /**
     * Parses {@code FIRST-LAST} (data years, both included, 2005 to 2100), e.g. {@code 2017-2025}; blank text is
     * {@link #defaultFor} the reporting year.
     *
     * @throws RuleViolation PV-3013 naming what is wrong
     */
    public static TrendWindow parse(String text, int reportingYear) {
        if (text == null || text.isBlank()) {
            return defaultFor(reportingYear);
        }
        String[] ends = text.strip().split("-", -1);
        if (ends.length != 2) {
            throw new RuleViolation(ErrorCode.TREND_WINDOW_INVALID, text, "not two years joined by '-'");
        }
        int from = year(text, ends[0]);
        int to = year(text, ends[1]);
        if (from > to) {
            throw new RuleViolation(ErrorCode.TREND_WINDOW_INVALID, text, from + " is after " + to);
        }
        return new TrendWindow(from, to);
    }

    private static int year(String text, String end) {
        try {
            int year = Integer.parseInt(end.strip());
            if (year < FIRST_DATA_YEAR || year > LAST_DATA_YEAR) {
                throw new RuleViolation(ErrorCode.TREND_WINDOW_INVALID, text,
                        year + " is not a data year from " + FIRST_DATA_YEAR + " to " + LAST_DATA_YEAR);
            }
            return year;
        } catch (NumberFormatException e) {
            throw new RuleViolation(ErrorCode.TREND_WINDOW_INVALID, text, "'" + end.strip() + "' is not a year");
        }
    }

    /** The 2005 baseline is the first data year an inventory reports; reporting years end at 2100. */
    static final int FIRST_DATA_YEAR = 2005;
    static final int DEFAULT_FIRST_YEAR = 2017;
    /** The first data year after the 2005 baseline: the earliest reporting year (the API's 2006). */
    static final int FIRST_ANNUAL_YEAR = 2006;
    static final int LAST_DATA_YEAR = 2100;
}
