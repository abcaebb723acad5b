package org.portverify.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.portverify.domain.submission.IngestState;

/**
 * The claim on a RECEIVED version's ingest ({@code submission.ingest_state}, {@code ingest_execution_id}): one
 * ingest per version at a time, guarded in the database. Every change is one conditional update in a transaction of
 * its own, committed before the caller goes on; it answers how many rows changed, and the caller goes on only when
 * that is what it claimed (one version, or for the annual run the versions nobody holds). Two callers racing for the
 * same version cannot both change it: the second one's condition no longer holds once the first committed, and a
 * database that locks the row makes it wait for that commit first.
 */
@ApplicationScoped
public class IngestClaims {

    /** An execution id no execution has: stands for "none" in a condition on the holder. */
    private static final long NONE = -1;

    /** A claim as the database holds it now. */
    public record Claim(IngestState state, Long executionId) {
    }

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    /** The claim on a version, read afresh from the database (not from a version loaded earlier). */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Claim> of(long submissionId) {
        List<?> rows = em.createNativeQuery("select ingest_state, ingest_execution_id from submission where id = ?1")
                .setParameter(1, submissionId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Claim(row[0] == null ? null : IngestState.valueOf(row[0].toString()),
                row[1] == null ? null : ((Number) row[1]).longValue()));
    }

    /**
     * The listener of {@code executionId} takes the version it was launched for: LAUNCHING to RUNNING, when the
     * launch was a new job ({@code previous} empty, nobody held it) or the restart of {@code previous}.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int run(long submissionId, long executionId, Optional<Long> previous, long skipLimit) {
        return update("update submission set ingest_state = 'RUNNING', ingest_execution_id = ?1, "
                + "ingest_claimed_at = ?2, skip_limit = coalesce(skip_limit, ?3) where id = ?4 and status = 'RECEIVED' "
                + "and ingest_state = 'LAUNCHING' and (ingest_execution_id is null or ingest_execution_id = ?5)",
                executionId, now(), skipLimit, submissionId, previous.orElse(NONE));
    }

    /** A restart of the failed execution that holds the version: INTERRUPTED to LAUNCHING, keeping the holder. */
    @Transactional(TxType.REQUIRES_NEW)
    public int relaunch(long submissionId, long failedExecutionId) {
        return update("update submission set ingest_state = 'LAUNCHING', ingest_claimed_at = ?1 where id = ?2 "
                + "and status = 'RECEIVED' and ingest_state = 'INTERRUPTED' and ingest_execution_id = ?3",
                now(), submissionId, failedExecutionId);
    }

    /**
     * A new ingest job for a version that no ingest execution can continue (nobody held it, or an annual run it was
     * taken from): unclaimed or INTERRUPTED to LAUNCHING, as long as {@code holder} (null: none) still holds it.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int launchAnew(long submissionId, Long holder) {
        String claim = "update submission set ingest_state = 'LAUNCHING', ingest_execution_id = null, "
                + "ingest_claimed_at = ?1 where id = ?2 and status = 'RECEIVED' "
                + "and (ingest_state is null or ingest_state = 'INTERRUPTED') and ";
        return holder == null ? update(claim + "ingest_execution_id is null", now(), submissionId)
                : update(claim + "ingest_execution_id = ?3", now(), submissionId, holder);
    }

    /** The launch after a LAUNCHING claim threw: back to INTERRUPTED, to be tried again. */
    @Transactional(TxType.REQUIRES_NEW)
    public int launchFailed(long submissionId) {
        return update("update submission set ingest_state = 'INTERRUPTED', ingest_claimed_at = ?1 where id = ?2 "
                + "and status = 'RECEIVED' and ingest_state = 'LAUNCHING'", now(), submissionId);
    }

    /** {@code executionId} ended without closing its versions (failed on the server's side, stopped). */
    @Transactional(TxType.REQUIRES_NEW)
    public int interrupt(long executionId) {
        return update("update submission set ingest_state = 'INTERRUPTED', ingest_claimed_at = ?1 "
                + "where ingest_execution_id = ?2 and status = 'RECEIVED' and ingest_state = 'RUNNING'",
                now(), executionId);
    }

    /**
     * At startup: the claims of the executions crash recovery marked FAILED, and the launches begun before this
     * server process started (their job never began), are INTERRUPTED.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int interruptedAtStartup(Collection<Long> markedFailed, Instant processStart) {
        int changed = update("update submission set ingest_state = 'INTERRUPTED', ingest_claimed_at = ?1 "
                + "where status = 'RECEIVED' and ingest_state = 'LAUNCHING' and ingest_claimed_at < ?2",
                now(), Timestamp.from(processStart));
        for (long executionId : markedFailed) {
            changed += update("update submission set ingest_state = 'INTERRUPTED', ingest_claimed_at = ?1 "
                    + "where ingest_execution_id = ?2 and status = 'RECEIVED' and ingest_state = 'RUNNING'",
                    now(), executionId);
        }
        return changed;
    }

    /**
     * The annual run takes, in its own registration's transaction, every RECEIVED version of the year nobody holds
     * (unclaimed or INTERRUPTED); a version with a live claim (LAUNCHING, RUNNING) stays with its holder.
     */
    @Transactional(TxType.MANDATORY)
    public int takeForRun(long executionId, int reportingYear, long skipLimit) {
        em.flush();
        return update("update submission set ingest_state = 'RUNNING', ingest_execution_id = ?1, "
                + "ingest_claimed_at = ?2, skip_limit = coalesce(skip_limit, ?3) where reporting_year = ?4 "
                + "and status = 'RECEIVED' and (ingest_state is null or ingest_state = 'INTERRUPTED')",
                executionId, now(), skipLimit, reportingYear);
    }

    /** A restarted annual run takes over only what its previous execution left INTERRUPTED. */
    @Transactional(TxType.REQUIRES_NEW)
    public int takeOver(long previousExecutionId, long executionId) {
        return update("update submission set ingest_state = 'RUNNING', ingest_execution_id = ?1, "
                + "ingest_claimed_at = ?2 where ingest_execution_id = ?3 and status = 'RECEIVED' "
                + "and ingest_state = 'INTERRUPTED'", executionId, now(), previousExecutionId);
    }

    private int update(String sql, Object... parameters) {
        Query update = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            update.setParameter(i + 1, parameters[i]);
        }
        return update.executeUpdate();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
