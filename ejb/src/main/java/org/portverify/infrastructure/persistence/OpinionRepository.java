package org.portverify.infrastructure.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.portverify.domain.verification.CheckedClaim;
import org.portverify.domain.verification.PortOpinion;

/** The opinions each run gave, one per port, and the claims it checked on the way. */
@ApplicationScoped
public class OpinionRepository {

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    public void add(PortOpinion opinion) {
        em.persist(opinion);
    }

    /** A run's opinions in port order. */
    public List<PortOpinion> opinions(long executionId) {
        return em.createQuery("select o from PortOpinion o where o.executionId = :id order by o.port",
                PortOpinion.class).setParameter("id", executionId).getResultList();
    }

    public void add(CheckedClaim claim) {
        em.persist(claim);
    }

    /** The claims a run checked, each port's in the order of its claims.csv. */
    public List<CheckedClaim> checkedClaims(long executionId) {
        return em.createQuery("select c from CheckedClaim c where c.executionId = :id order by c.port, c.sourceLine",
                CheckedClaim.class).setParameter("id", executionId).getResultList();
    }

    /** Forgets what an earlier attempt of the step stored, so that a restarted step replaces it. */
    public void deleteAll(long executionId) {
        opinions(executionId).forEach(em::remove);
        em.createQuery("delete from CheckedClaim c where c.executionId = :id").setParameter("id", executionId)
                .executeUpdate();
        em.flush();
    }
}
