package org.portverify.application;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * A page of a version's validation report in the JSON view: {@code limit} findings from {@code offset} (0 first), in
 * report order. The version view answers one page, so its size never grows with a package's errors.
 */
public record FindingPage(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public FindingPage {
        if (offset < 0) {
            throw new RuleViolation(ErrorCode.PAGE_INVALID, "offset", "must be 0 or more, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RuleViolation(ErrorCode.PAGE_INVALID, "limit", "must be from 1 to " + MAX_LIMIT + ", got " + limit);
        }
    }

    /** The page asked for; absent parameters are the first page of {@link #DEFAULT_LIMIT}. PV-4022 otherwise. */
    public static FindingPage of(String offset, String limit) {
        return new FindingPage(number("offset", offset, 0), number("limit", limit, DEFAULT_LIMIT));
    }

    private static int number(String name, String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation(ErrorCode.PAGE_INVALID, name, "not a whole number: '" + text + "'");
        }
    }
}
