package org.portverify.infrastructure.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.portverify.domain.agreement.AgreementRulesVersion;
import org.portverify.domain.agreement.compliance.ComplianceRecord;
import org.portverify.domain.agreement.compliance.DefaultCharge;
import org.portverify.domain.model.Port;

/** Compliance statuses per run and the defaults ledger. */
@ApplicationScoped
public class ComplianceRepository {

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    public List<AgreementRulesVersion> rulesVersions() {
        return em.createQuery("select v from AgreementRulesVersion v order by v.effectiveFrom",
                AgreementRulesVersion.class).getResultList();
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public List<ComplianceRecord> records(long executionId) {
        return em.createQuery("select c from ComplianceRecord c where c.executionId = :id order by c.port, c.position",
                ComplianceRecord.class).setParameter("id", executionId).getResultList();
    }

    public void deleteRecords(long executionId) {
        em.createQuery("delete from ComplianceRecord c where c.executionId = :id").setParameter("id", executionId)
                .executeUpdate();
    }

    /** The whole ledger, in charging order. */
    public List<DefaultCharge> ledger() {
        return em.createQuery("select d from DefaultCharge d order by d.id", DefaultCharge.class).getResultList();
    }

    public List<DefaultCharge> ledger(Port port) {
        return em.createQuery("select d from DefaultCharge d where d.port = :port order by d.id", DefaultCharge.class)
                .setParameter("port", port).getResultList();
    }

    public void deleteCharges(long executionId) {
        em.createQuery("delete from DefaultCharge d where d.executionId = :id").setParameter("id", executionId)
                .executeUpdate();
    }

    /** The newest run of a reporting year that recorded compliance statuses. */
    public List<Long> runsWithRecords(int reportingYear) {
        return em.createQuery("select distinct c.executionId from ComplianceRecord c, VerificationRun r "
                        + "where r.executionId = c.executionId and r.reportingYear = :year "
                        + "and r.reverifiesExecutionId is null "
                        + "order by c.executionId desc", Long.class)
                .setParameter("year", reportingYear).getResultList();
    }
}
