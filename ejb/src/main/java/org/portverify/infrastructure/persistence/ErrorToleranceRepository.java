package org.portverify.infrastructure.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.portverify.domain.submission.ErrorTolerance;

/** The error tolerances the administrators set, one per reporting year. */
@ApplicationScoped
public class ErrorToleranceRepository {

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    public Optional<ErrorTolerance> of(int reportingYear) {
        return Optional.ofNullable(em.find(ErrorTolerance.class, reportingYear));
    }

    public void add(ErrorTolerance tolerance) {
        em.persist(tolerance);
    }
}
