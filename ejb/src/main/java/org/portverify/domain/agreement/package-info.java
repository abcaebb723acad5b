/**
 * The Cooperative Agreement (November 2025) between South Coast AQMD and the two ports: its phases, its emission
 * categories, the milestones the ports report against it, and its rules as versioned reference data
 * ({@link org.portverify.domain.agreement.AgreementRules}: plan deadlines, DUE_SOON window, penalty schedule).
 *
 * <p>A package of its own, not part of {@code submission}: a milestone is a promise under the agreement, and the
 * rules (defaults, flexibility, penalties) reason about milestones, phases and deadlines without caring how a port's
 * package is read. The submission package creates milestones from records and so depends on this one, never the
 * other way round. Compliance with the rules as of a date is the sub-package {@code compliance}.
 */
package org.portverify.domain.agreement;
