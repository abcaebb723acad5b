package org.portverify.interfaces.rest;

import java.util.regex.Pattern;

/**
 * Text bound for a spreadsheet: a cell that starts like a formula (=, +, -, @, tab, carriage return) is prefixed with
 * an apostrophe so that opening an export never runs what a submitter typed. Plain numbers are left alone.
 */
final class SpreadsheetCell {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private SpreadsheetCell() {
    }

    static String text(String value) {
        if (value == null || value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
