package org.portverify.domain.agreement.compliance;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.portverify.domain.agreement.AgreementCategory;
import org.portverify.domain.agreement.MilestoneKind;
import org.portverify.domain.model.Port;
import org.portverify.domain.run.RunRow;

/** One {@link ComplianceItem} as a run found it, stored so the report and the auditors read the same statuses. */
@Entity
@Table(name = "compliance_record")
public class ComplianceRecord extends RunRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Port port;

    @Column(name = "rule_key", nullable = false, length = 128)
    private String ruleKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AgreementCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MilestoneKind kind;

    @Column(name = "milestone_id", length = 64)
    private String milestoneId;

    @Column(length = 500)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "reported_due_date")
    private LocalDate reportedDueDate;

    @Column(name = "completed_date")
    private LocalDate completedDate;

    @Column(name = "within_port_control", nullable = false)
    private boolean withinPortControl;

    @Column(name = "flexibility_ref", length = 500)
    private String flexibilityRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ComplianceStatus status;

    protected ComplianceRecord() {
    }

    public ComplianceRecord(long executionId, Port port, int position, ComplianceItem item) {
        super(executionId, position);
        this.port = port;
        this.ruleKey = item.ruleKey();
        this.category = item.category();
        this.kind = item.kind();
        this.milestoneId = item.milestoneId();
        this.title = item.title();
        this.dueDate = item.dueDate();
        this.reportedDueDate = item.reportedDueDate();
        this.completedDate = item.completedDate();
        this.withinPortControl = item.withinPortControl();
        this.flexibilityRef = item.flexibilityRef();
        this.status = item.status();
    }

    public ComplianceItem item() {
        return new ComplianceItem(ruleKey, category, kind, milestoneId, title, dueDate, reportedDueDate,
                completedDate, withinPortControl, flexibilityRef, status);
    }

    public Port getPort() {
        return port;
    }
}
