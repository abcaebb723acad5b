package org.portverify.infrastructure.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.portverify.domain.verification.PortOpinion;

/** The opinions each run gave, one per port. */
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

    /** Forgets what an earlier attempt of the step stored, so that a restarted step replaces it. */
    public void deleteAll(long executionId) {
        opinions(executionId).forEach(em::remove);
        em.flush();
    }
}
