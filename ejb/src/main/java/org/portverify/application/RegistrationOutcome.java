package org.portverify.application;

import org.portverify.domain.model.Port;

/** What registering a port's package for a run did, and why. */
public record RegistrationOutcome(Port port, Kind kind, Long submissionId, String message) {

    public enum Kind {
        /** A new version was registered and awaits ingest. */
        NEW_VERSION,
        /** The same bytes as an already accepted version: nothing to ingest again. */
        UNCHANGED,
        /**
         * The same bytes as a version whose ingest was interrupted: it continues (its failed execution restarted
         * from its checkpoint), keeping what it stored.
         */
        RESUMED,
        /** The same bytes as a version whose ingest is being launched or is running: nothing new is started. */
        IN_PROGRESS,
        /** Refused as a whole; see the message (a PV code). */
        REFUSED,
        /** The port filed nothing for the year. */
        MISSING
    }

    public boolean needsIngest() {
        return kind == Kind.NEW_VERSION || kind == Kind.RESUMED;
    }
}
