package org.portverify.infrastructure.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.portverify.domain.certification.Certification;
import org.portverify.domain.certification.CertificationStatement;
import org.portverify.domain.certification.SigningKey;

/** The certification statements, the certifications of versions and the seal's public keys. */
@ApplicationScoped
public class CertificationRepository {

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    /** The statement in force: the highest version (V16 publishes version 1). */
    public CertificationStatement currentStatement() {
        return em.createQuery("select s from CertificationStatement s order by s.version desc",
                CertificationStatement.class).setMaxResults(1).getSingleResult();
    }

    /** The statement in force, locked until the caller's transaction ends: publishing a new one is serialized. */
    public CertificationStatement lockedCurrentStatement() {
        return em.find(CertificationStatement.class, currentStatement().getVersion(), LockModeType.PESSIMISTIC_WRITE);
    }

    public CertificationStatement statement(int version) {
        return em.find(CertificationStatement.class, version);
    }

    public void add(CertificationStatement statement) {
        em.persist(statement);
    }

    public Optional<Certification> of(long submissionId) {
        return Optional.ofNullable(em.find(Certification.class, submissionId));
    }

    public void add(Certification certification) {
        em.persist(certification);
    }

    public Optional<SigningKey> key(String keyId) {
        return Optional.ofNullable(em.find(SigningKey.class, keyId));
    }
}
