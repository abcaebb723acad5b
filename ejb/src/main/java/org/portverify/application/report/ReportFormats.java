package org.portverify.application.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import org.portverify.domain.metrics.Percentages;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.trend.TrendLine;
import org.portverify.domain.metrics.trend.TrendMethod;

/**
 * How the Board report writes its numbers, percentages, dates and enum names: every figure of the report passes
 * here. US digits and grouping everywhere; figures round half-up (as the board tables always have), percentages
 * round as {@link Percentages} does.
 */
final class ReportFormats {

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    private ReportFormats() {
    }

    /** Tons with one decimal: 1062 gives "1,062.0"; "n/a" when there is no figure. */
    static String tons(BigDecimal value) {
        return value == null ? "n/a" : halfUp("#,##0.0").format(value);
    }

    /** Tons per 10,000 TEU: three decimals below 10 (DPM is a fraction of a ton), else one; "n/a" when absent. */
    static String intensity(BigDecimal value) {
        if (value == null) {
            return "n/a";
        }
        return halfUp(value.abs().compareTo(BigDecimal.TEN) < 0 ? "#,##0.000" : "#,##0.0").format(value);
    }

    /** A whole count (units, TEU): 12000 gives "12,000". */
    static String count(long value) {
        return new DecimalFormat("#,##0", US).format(value);
    }

    /** Whole dollars: 50000.00 gives "$50,000". */
    static String dollars(BigDecimal amount) {
        return new DecimalFormat("$#,##0", US).format(amount);
    }

    /** A change as the board tables write it, e.g. "-90%" for a reduction of 0.9015. */
    static String change(BigDecimal fraction) {
        return Percentages.change(fraction);
    }

    /** A share in whole percent: 0.58 gives "58%". */
    static String percent(BigDecimal fraction) {
        return Percentages.wholePercent(fraction) + "%";
    }

    /** A reduction in words: 0.9015 gives "90% less", -0.04 gives "4% more". */
    static String lessOrMore(BigDecimal reduction) {
        int percent = Percentages.wholePercent(reduction);
        return percent >= 0 ? percent + "% less" : -percent + "% more";
    }

    /** Percentage points, e.g. "+13 pp". */
    static String points(BigDecimal points) {
        return Percentages.points(points);
    }

    /** How a trend was fitted, as the tables name it: "Theil-Sen" or "Least squares". */
    static String trendMethod(TrendMethod method) {
        return method == TrendMethod.THEIL_SEN ? "Theil-Sen" : "Least squares";
    }

    /** An entity as the tables name it, "(partial)" when its figure rests on a partial inventory. */
    static String entity(Scope scope, boolean partial) {
        return scope.displayName() + (partial ? " (partial)" : "");
    }

    /** The slope and its interval in one precision, chosen by the slope: two decimals below 10 tons a year. */
    static String slopeWithInterval(TrendLine line) {
        DecimalFormat format = halfUp(Math.abs(line.slope()) < 10 ? "#,##0.00" : "#,##0");
        DoubleFunction<String> signed = v -> (v > 0 ? "+" : "") + format.format(v);
        return signed.apply(line.slope()) + " (" + signed.apply(line.slopeLow()) + " to "
                + signed.apply(line.slopeHigh()) + ")";
    }

    /** An ISO date, or "" when there is none. */
    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** An enum name as words: COMPLETED_ON_TIME gives "Completed on time". */
    static String words(String name) {
        String lower = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** "a", "a and b", "a, b and c". */
    static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static DecimalFormat halfUp(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, US);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
