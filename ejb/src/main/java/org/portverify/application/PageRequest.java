package org.portverify.application;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * A page of a long list in the JSON views (a version's validation report, the audit trail): {@code limit} items from
 * {@code offset} (0 first). A view answers one page, so its size never grows with the list.
 */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (offset < 0) {
            throw new RuleViolation(ErrorCode.PAGE_INVALID, "offset", "must be 0 or more, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RuleViolation(ErrorCode.PAGE_INVALID, "limit", "must be from 1 to " + MAX_LIMIT + ", got " + limit);
        }
    }

    /** The page asked for; absent parameters are the first page of {@link #DEFAULT_LIMIT}. PV-4022 otherwise. */
    public static PageRequest of(String offset, String limit) {
        return new PageRequest(number("offset", offset, 0), number("limit", limit, DEFAULT_LIMIT));
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
