package org.portverify.reports.tables;

import java.util.regex.Pattern;

/**
 * Text bound for a spreadsheet cell, kept from being run as a formula (OWASP "CSV injection"): text starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets an apostrophe in front, so a spreadsheet
 * shows it as text, e.g. {@code =HYPERLINK(...)} becomes {@code '=HYPERLINK(...)}.
 *
 * <p>A signed figure is left as it is: the board tables show changes such as {@code -90%} or {@code +3.4}, and a
 * spreadsheet reads those as numbers, never as formulas. A figure is an optional sign, digits (optionally grouped by
 * commas in threes), an optional decimal part and an optional {@code %}, and nothing else: {@code -1,234.5%} is a
 * figure, {@code -2+3}, {@code -1e5}, {@code - 4} and {@code -12%A1} are not.
 */
public final class SpreadsheetText {

    private static final Pattern SIGNED_FIGURE = Pattern.compile("[+-](\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The text as it goes into a cell: with an apostrophe in front when it starts like a formula; null stays null. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0 || SIGNED_FIGURE.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
