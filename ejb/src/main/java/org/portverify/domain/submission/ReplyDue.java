package org.portverify.domain.submission;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/** The date by which a port answers a returned version: a date after today in the regulator's time. */
public final class ReplyDue {

    private ReplyDue() {
    }

    /** {@code text} as a date after {@code today} (PV-4309 otherwise, naming both). */
    public static LocalDate parse(String text, LocalDate today) {
        try {
            LocalDate due = LocalDate.parse(text == null ? "" : text.strip());
            if (due.isAfter(today)) {
                return due;
            }
        } catch (DateTimeParseException e) {
            // refused below, with the text as given
        }
        throw new RuleViolation(ErrorCode.REPLY_DUE_INVALID, text, today);
    }
}
