package org.portverify.domain.agreement.compliance;

/** Why the ledger charges a default (docs/agreement-rules.md). */
public enum ChargeKind {
    /** The first charge for a rule of the port. */
    FIRST,
    /**
     * The rule was charged before for another due date (a milestone rescheduled and missed again, or a plan deadline
     * a later rules version moved): a new default of the same rule, escalated.
     */
    REPEAT,
    /** The same default, still uncured (MISSED), in a later reporting year: charged again, escalated. */
    CONTINUING
}
