package org.portverify.infrastructure.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.portverify.domain.metrics.progress.QaFlagRecord;
import org.portverify.domain.metrics.progress.SeriesTrendRecord;
import org.portverify.domain.metrics.progress.StandardProgressRecord;
import org.portverify.domain.metrics.progress.ZeroEmissionShareRecord;

/** The CAAP progress a run stored: standards, trends, quality flags and zero-emission shares, in stored order. */
@ApplicationScoped
public class ProgressRepository {

    private static final List<String> ENTITIES = List.of("StandardProgressRecord", "SeriesTrendRecord",
            "QaFlagRecord", "ZeroEmissionShareRecord");

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    public void add(Object record) {
        em.persist(record);
    }

    /** Forgets what an earlier attempt of the run stored, so a restarted step replaces it. */
    public void deleteAll(long executionId) {
        for (String entity : ENTITIES) {
            em.createQuery("delete from " + entity + " r where r.executionId = :id").setParameter("id", executionId)
                    .executeUpdate();
        }
    }

    public List<StandardProgressRecord> standards(long executionId) {
        return list(StandardProgressRecord.class, executionId);
    }

    public List<SeriesTrendRecord> trends(long executionId) {
        return list(SeriesTrendRecord.class, executionId);
    }

    public List<QaFlagRecord> qaFlags(long executionId) {
        return list(QaFlagRecord.class, executionId);
    }

    public List<ZeroEmissionShareRecord> zeroEmissionShares(long executionId) {
        return list(ZeroEmissionShareRecord.class, executionId);
    }

    private <T> List<T> list(Class<T> type, long executionId) {
        return em.createQuery("select r from " + type.getSimpleName() + " r where r.executionId = :id "
                + "order by r.position", type).setParameter("id", executionId).getResultList();
    }
}
