package org.portverify.domain.submission;

/** How much a validation finding weighs. */
public enum Severity {
    /** The record does not count (and too many errors, or any in the manifest, refuse the whole package). */
    ERROR,
    /** The record is accepted but flagged for the port and the reviewer to look at. */
    WARNING,
    /**
     * Nothing is wrong with the record; the finding says what the figures built on it lack (a partial inventory).
     * It neither counts against the tolerance nor makes the package ACCEPTED_WITH_WARNINGS.
     */
    NOTE
}
