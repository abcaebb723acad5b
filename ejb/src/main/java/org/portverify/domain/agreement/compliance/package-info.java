/**
 * Compliance with the Cooperative Agreement as of a date: the status of every plan deadline and project milestone
 * of a port ({@link org.portverify.domain.agreement.compliance.ComplianceEvaluation}), the defaults among them, and
 * the penalties they are charged in the defaults ledger
 * ({@link org.portverify.domain.agreement.compliance.DefaultsLedger}) for the Clean Air Mitigation Fund.
 *
 * <p>Pure functions of a rules version, the port's accepted milestones, an as-of date and the ledger entries of
 * earlier runs: no clock, no persistence, so that a run re-verifies to the cent. A sub-package of {@code agreement}
 * because it reasons about the agreement's milestones and rules; nothing in {@code agreement} depends on it.
 */
package org.portverify.domain.agreement.compliance;
