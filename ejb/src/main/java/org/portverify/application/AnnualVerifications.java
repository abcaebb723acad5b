package org.portverify.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.portverify.domain.run.RunSettings;
import org.portverify.infrastructure.ServerSettings;

/**
 * Starts the annual verification of a reporting year, asked for by an administrator or by the schedule: the request
 * is validated and resolved into the run's settings here, once, with the server's settings of now; the run records
 * them and never reads the server's settings again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnnualVerifications {

    @EJB
    private RunLauncher launcher;

    @EJB
    private ErrorTolerances tolerances;

    /** Starts a run; a bad setting is refused (PV-4001, PV-3012..PV-3014) before anything starts. */
    public long start(RunSettings.Request request) {
        return launcher.startVerification(RunSettings.resolve(request, ServerSettings.runDefaults(),
                tolerances::skipLimitOf));
    }
}
