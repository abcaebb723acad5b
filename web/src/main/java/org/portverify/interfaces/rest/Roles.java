package org.portverify.interfaces.rest;

import java.util.Optional;

import jakarta.ws.rs.core.SecurityContext;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;

/** The roles of the REST API and the port a port's user (preparer or certifying official) speaks for. */
public final class Roles {

    /** Reads and downloads Board reports. */
    public static final String BOARD_STAFF = "board-staff";
    /** Reads run history and re-verifies runs. */
    public static final String AUDITOR = "auditor";
    /** Runs verifications, manages rules and the schedule. */
    public static final String ADMIN = "admin";
    /** The regulator's staff who review certified versions: take up, comment, return or accept. */
    public static final String REVIEWER = "reviewer";
    /** A port's preparer: checks and uploads its port's packages (drafts). */
    public static final String POLA_SUBMITTER = "pola-submitter";
    public static final String POLB_SUBMITTER = "polb-submitter";
    /** A port's certifying official: certifies its port's versions that passed validation. */
    public static final String POLA_CERTIFIER = "pola-certifier";
    public static final String POLB_CERTIFIER = "polb-certifier";

    private Roles() {
    }

    public static String submitterOf(Port port) {
        return port == Port.POLA ? POLA_SUBMITTER : POLB_SUBMITTER;
    }

    public static String certifierOf(Port port) {
        return port == Port.POLA ? POLA_CERTIFIER : POLB_CERTIFIER;
    }

    /** The port named in a path; a port's user may name only its own (PV-4003), the regulator's staff either. */
    public static Port visiblePort(SecurityContext security, String text) {
        Port port;
        try {
            port = Port.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, "port", "must be POLA or POLB, got '" + text + "'");
        }
        portOf(security).filter(own -> own != port).ifPresent(own -> {
            throw new RuleViolation(ErrorCode.OTHER_PORT, own, port);
        });
        return port;
    }

    /** The port whose preparer or certifying official the caller is, if any. */
    public static Optional<Port> portOf(SecurityContext security) {
        for (Port port : Port.values()) {
            if (security.isUserInRole(submitterOf(port)) || security.isUserInRole(certifierOf(port))) {
                return Optional.of(port);
            }
        }
        return Optional.empty();
    }
}
