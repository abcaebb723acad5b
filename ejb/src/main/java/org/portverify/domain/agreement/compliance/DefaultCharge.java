package org.portverify.domain.agreement.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.portverify.domain.model.Port;

/** A {@link LedgerEntry} as stored in the defaults ledger: charged once, by the run that found it, never changed. */
@Entity
@Table(name = "default_charge")
public class DefaultCharge {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "default_charge_seq")
    @SequenceGenerator(name = "default_charge_seq", sequenceName = "default_charge_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Port port;

    @Column(name = "rule_key", nullable = false, length = 128)
    private String ruleKey;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_found", nullable = false, length = 24)
    private ComplianceStatus statusFound;

    @Column(name = "as_of_date", nullable = false)
    private LocalDate asOfDate;

    @Column(name = "reporting_year", nullable = false)
    private int reportingYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChargeKind kind;

    @Column(nullable = false)
    private int level;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(name = "rules_version", nullable = false, length = 32)
    private String rulesVersion;

    protected DefaultCharge() {
    }

    public DefaultCharge(LedgerEntry entry) {
        this.port = entry.port();
        this.ruleKey = entry.ruleKey();
        this.dueDate = entry.dueDate();
        this.statusFound = entry.statusFound();
        this.asOfDate = entry.asOfDate();
        this.reportingYear = entry.reportingYear();
        this.kind = entry.kind();
        this.level = entry.level();
        this.amount = entry.amount();
        this.executionId = entry.runId();
        this.rulesVersion = entry.rulesVersion();
    }

    public LedgerEntry entry() {
        return new LedgerEntry(port, ruleKey, dueDate, statusFound, asOfDate, reportingYear, kind, level,
                amount.setScale(2), executionId, rulesVersion);
    }

    public Long getId() {
        return id;
    }
}
