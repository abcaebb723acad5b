package org.portverify.interfaces.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.portverify.application.ComplianceReview;
import org.portverify.domain.agreement.AgreementPhase;
import org.portverify.domain.agreement.AgreementRules;
import org.portverify.domain.agreement.CooperativeAgreement;
import org.portverify.domain.agreement.compliance.ComplianceItem;
import org.portverify.domain.agreement.compliance.DefaultsLedger;
import org.portverify.domain.agreement.compliance.LedgerEntry;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;

/** Cooperative Agreement compliance: the rules in force, the statuses a run found, the defaults ledger. */
@Path("agreement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    @EJB
    private ComplianceReview compliance;

    @Context
    private SecurityContext security;

    /** The rules version in force: phases and their due dates, the DUE_SOON window, the penalty schedule. */
    @GET
    @Path("rules")
    @RolesAllowed({Roles.BOARD_STAFF, Roles.AUDITOR, Roles.ADMIN, Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER,
            Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER})
    public Map<String, Object> rules() {
        LocalDate today = LocalDate.now(CooperativeAgreement.TIME_ZONE);
        AgreementRules rules = compliance.rules(today)
                .orElseThrow(() -> new RuleViolation(ErrorCode.NO_RULES_IN_FORCE, today, "a later date"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", rules.version());
        body.put("effectiveFrom", rules.effectiveFrom().toString());
        body.put("termStartsOn", rules.termStartsOn().toString());
        body.put("termEndsOn", rules.termEndsOn().map(Object::toString).orElse(null));
        body.put("exitNoticeDays", rules.exitNoticeDays());
        body.put("dueSoonWindowDays", rules.dueSoonWindowDays());
        Map<String, Object> phases = new LinkedHashMap<>();
        for (AgreementPhase phase : AgreementPhase.values()) {
            Map<String, Object> dates = new LinkedHashMap<>();
            dates.put("draftPlanDue", rules.draftPlanDue(phase).map(Object::toString).orElse(null));
            dates.put("approvedPlanDue", rules.approvedPlanDue(phase).toString());
            phases.put(String.valueOf(phase.number()), dates);
        }
        body.put("phases", phases);
        body.put("penaltyByLevel", rules.penaltySchedule().amountsByLevel().stream().map(BigDecimal::toPlainString)
                .toList());
        body.put("continuingDefaults", rules.penaltySchedule().continuing().name());
        return body;
    }

    /** The statuses of a port's plan deadlines and milestones found by the latest run of a reporting year. */
    @GET
    @Path("compliance/{port}/{reportingYear}")
    @RolesAllowed({Roles.BOARD_STAFF, Roles.AUDITOR, Roles.ADMIN, Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER,
            Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER})
    public Map<String, Object> statuses(@PathParam("port") String port,
                                        @PathParam("reportingYear") String reportingYear) {
        Port target = Roles.visiblePort(security, port);
        int year = PathParams.year(reportingYear);
        long executionId = compliance.latestRun(year)
                .orElseThrow(() -> new RuleViolation(ErrorCode.REPORT_NOT_FOUND, year));
        List<ComplianceItem> items = compliance.statuses(executionId, target);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("port", target.name());
        body.put("reportingYear", year);
        body.put("executionId", executionId);
        body.put("items", items);
        return body;
    }

    /** The defaults ledger: every charge once, with totals per port and year for the Clean Air Mitigation Fund. */
    @GET
    @Path("defaults")
    @RolesAllowed({Roles.BOARD_STAFF, Roles.AUDITOR, Roles.ADMIN, Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER,
            Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER})
    public Map<String, Object> defaults() {
        DefaultsLedger ledger = compliance.ledger();
        Map<String, Object> body = new LinkedHashMap<>();
        List<LedgerEntry> visible = ledger.entries().stream()
                .filter(e -> Roles.portOf(security).map(own -> own == e.port()).orElse(true)).toList();
        body.put("charges", visible);
        Map<String, Object> totals = new LinkedHashMap<>();
        for (Port port : Port.values()) {
            if (Roles.portOf(security).map(own -> own == port).orElse(true)) {
                Map<String, String> byYear = new LinkedHashMap<>();
                ledger.totalsByYear(port).forEach((y, amount) -> byYear.put(String.valueOf(y), amount.toPlainString()));
                totals.put(port.name(), Map.of("total", ledger.total(port).toPlainString(), "byYear", byYear));
            }
        }
        body.put("totals", totals);
        if (Roles.portOf(security).isEmpty()) {
            body.put("cleanAirMitigationFund", ledger.total().toPlainString());
        }
        return body;
    }
}
