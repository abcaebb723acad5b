package org.portverify.domain.submission;

import java.time.LocalDate;

import org.portverify.domain.model.GlobalWarmingPotentials;
import org.portverify.domain.model.Port;

/**
 * What a port declares about its package: who prepared it, which inventory edition it is, any scope note, and the
 * global warming potentials its CO2e figures use ({@code gwp}; null when the manifest states none).
 */
public record Manifest(Port port, int reportingYear, String edition, String preparer, String contact,
                       LocalDate submittedOn, String note, GlobalWarmingPotentials gwp) {
}
