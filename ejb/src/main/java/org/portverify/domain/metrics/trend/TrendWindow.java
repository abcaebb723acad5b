package org.portverify.domain.metrics.trend;

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
}
