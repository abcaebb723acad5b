package org.portverify.interfaces.rest;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * Path parameters parsed once, never cast: a reporting year out of range is PV-4011, any other number that does not
 * parse or does not fit is a 400 naming the parameter (PV-4001).
 */
final class PathParams {

    /** The first reporting year the API accepts: the agreement's inventories start with the 2005 baseline. */
    static final int FIRST_YEAR = 2006;
    static final int LAST_YEAR = 2100;

    private PathParams() {
    }

    static int year(String text) {
        // at most four digits: a longer text would overflow or wrap in an int cast
        if (text == null || !text.matches("[0-9]{4}")) {
            throw new RuleViolation(ErrorCode.YEAR_OUT_OF_RANGE, text, FIRST_YEAR, LAST_YEAR);
        }
        int year = Integer.parseInt(text);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolation(ErrorCode.YEAR_OUT_OF_RANGE, text, FIRST_YEAR, LAST_YEAR);
        }
        return year;
    }

    static long id(String text) {
        return number("executionId", text);
    }

    /** A submission's version: a positive int, refused rather than wrapped when it does not fit. */
    static int version(String text) {
        return version(text, "version");
    }

    /** A version number named {@code name} (a submission's, a statement's): a positive int. */
    static int version(String text, String name) {
        long version = number(name, text);
        if (version < 1 || version > Integer.MAX_VALUE) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, name,
                    "must be a whole number from 1 to " + Integer.MAX_VALUE + ", got '" + text + "'");
        }
        return (int) version;
    }

    static long number(String name, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, name, "must be a whole number, got '" + text + "'");
        }
    }
}
