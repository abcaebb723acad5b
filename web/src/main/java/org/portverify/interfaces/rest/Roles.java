package org.portverify.interfaces.rest;

import java.util.Optional;

import jakarta.ws.rs.core.SecurityContext;

import org.portverify.domain.model.Port;

/** The roles of the REST API and the port a submitter speaks for. */
public final class Roles {

    /** Reads and downloads Board reports. */
    public static final String BOARD_STAFF = "board-staff";
    /** Reads run history and re-verifies runs. */
    public static final String AUDITOR = "auditor";
    /** Runs verifications, manages rules and the schedule. */
    public static final String ADMIN = "admin";
    public static final String POLA_SUBMITTER = "pola-submitter";
    public static final String POLB_SUBMITTER = "polb-submitter";

    private Roles() {
    }

    public static String submitterOf(Port port) {
        return port == Port.POLA ? POLA_SUBMITTER : POLB_SUBMITTER;
    }

    /** The port whose submitter the caller is, if any. */
    public static Optional<Port> submitterPort(SecurityContext security) {
        for (Port port : Port.values()) {
            if (security.isUserInRole(submitterOf(port))) {
                return Optional.of(port);
            }
        }
        return Optional.empty();
    }
}
