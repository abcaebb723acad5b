package org.portverify.application;

import java.io.Serializable;

import org.portverify.domain.model.Port;

/** A registered submission whose records are still to be ingested, and where its files are. */
public record PendingSubmission(long id, Port port, int reportingYear, String location) implements Serializable {
}
