package org.portverify.domain.submission;

import java.time.LocalDate;

import org.portverify.domain.model.Port;

/** What a port declares about its package: who prepared it, which inventory edition it is, and any scope note. */
public record Manifest(Port port, int reportingYear, String edition, String preparer, String contact,
                       LocalDate submittedOn, String note) {
}
