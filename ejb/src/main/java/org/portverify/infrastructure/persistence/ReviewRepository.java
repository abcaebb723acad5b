package org.portverify.infrastructure.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.portverify.domain.submission.ReviewComment;

/** The comments of the versions' reviews. */
@ApplicationScoped
public class ReviewRepository {

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    public void add(ReviewComment comment) {
        em.persist(comment);
    }

    /** A version's comments in the order they were written. */
    public List<ReviewComment> comments(long submissionId) {
        return em.createQuery("select c from ReviewComment c where c.submissionId = :id order by c.id",
                ReviewComment.class).setParameter("id", submissionId).getResultList();
    }
}
