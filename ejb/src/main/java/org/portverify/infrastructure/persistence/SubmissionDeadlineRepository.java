package org.portverify.infrastructure.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.portverify.domain.submission.SubmissionDeadline;

/** The submission deadlines the administrators set, one per reporting year. */
@ApplicationScoped
public class SubmissionDeadlineRepository {

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    public Optional<SubmissionDeadline> of(int reportingYear) {
        return Optional.ofNullable(em.find(SubmissionDeadline.class, reportingYear));
    }

    public void add(SubmissionDeadline deadline) {
        em.persist(deadline);
    }
}
