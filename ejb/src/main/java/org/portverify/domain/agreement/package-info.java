/**
 * The Cooperative Agreement (November 2025) between South Coast AQMD and the two ports: its phases, its emission
 * categories, and the milestones the ports report against it.
 *
 * <p>A package of its own, not part of {@code submission}: a milestone is a promise under the agreement, and the
 * rules still to come (defaults, flexibility, penalties) reason about milestones, phases and deadlines without caring
 * how a port's package is read. The submission package creates milestones from records and so depends on this one,
 * never the other way round.
 */
package org.portverify.domain.agreement;
