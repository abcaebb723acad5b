package org.portverify.interfaces.rest;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/** Path parameters parsed once, each refusal a 400 naming the parameter (PV-4001). */
final class PathParams {

    private PathParams() {
    }

    static int year(String text) {
        return (int) number("reportingYear", text);
    }

    static long id(String text) {
        return number("executionId", text);
    }

    static long number(String name, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, name, "must be a whole number, got '" + text + "'");
        }
    }
}
