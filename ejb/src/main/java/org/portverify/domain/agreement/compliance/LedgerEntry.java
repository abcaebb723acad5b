package org.portverify.domain.agreement.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.portverify.domain.model.Port;

/**
 * One penalty charged to a port for a default, paid into the Clean Air Mitigation Fund. A default is identified by
 * port, rule key and due date; an entry is never changed or removed once charged.
 *
 * @param port          the port in default
 * @param ruleKey       the milestone or plan deadline ({@link ComplianceItem#ruleKey()})
 * @param dueDate       the due date that was missed
 * @param statusFound   MISSED or COMPLETED_LATE, as the charging run found it
 * @param asOfDate      the charging run's as-of date
 * @param reportingYear the reporting year of the charging run: the charging period
 * @param kind          first, repeat or continuing charge
 * @param level         escalation level: how many earlier charges of the same rule the port had
 * @param amount        USD, scale 2, within the agreement's range
 * @param runId         the charging run (its batch execution id)
 * @param rulesVersion  the rules version the charging run used
 */
public record LedgerEntry(Port port, String ruleKey, LocalDate dueDate, ComplianceStatus statusFound,
                          LocalDate asOfDate, int reportingYear, ChargeKind kind, int level, BigDecimal amount,
                          long runId, String rulesVersion) {

    public LedgerEntry {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(ruleKey, "ruleKey");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(statusFound, "statusFound");
        Objects.requireNonNull(asOfDate, "asOfDate");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        // Scale 2 always, so that entries read back from a NUMERIC column compare and sum like fresh ones.
        amount = Objects.requireNonNull(amount, "amount").setScale(2);
    }

    /** Whether this entry charged the same default: same port, rule and due date. */
    public boolean isSameDefault(Port otherPort, String otherRuleKey, LocalDate otherDueDate) {
        return port == otherPort && ruleKey.equals(otherRuleKey) && dueDate.equals(otherDueDate);
    }
}
