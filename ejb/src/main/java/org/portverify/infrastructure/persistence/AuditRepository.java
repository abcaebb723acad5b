package org.portverify.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.portverify.domain.audit.AuditEntry;
import org.portverify.domain.audit.AuditHead;
import org.portverify.domain.audit.ChainHead;

/** The audit trail's entries and its head. */
@ApplicationScoped
public class AuditRepository {

    private static final String SELECT = "select seq, recorded_at, actor, action, object_type, object_id, detail,"
            + " previous_sha256, entry_sha256 from audit_entry";

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/PortVerifyDS")
    private DataSource dataSource;

    /** The head, locked until the caller's transaction ends: the one way to append. */
    public ChainHead lockedHead() {
        return em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The head as last committed, without locking it. */
    public ChainHead head() {
        return em.find(ChainHead.class, ChainHead.ID);
    }

    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    /** Newest first. */
    public List<AuditEntry> page(int offset, int limit) {
        return em.createQuery("select e from AuditEntry e order by e.seq desc", AuditEntry.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Every entry in order, one at a time, as stored (JDBC, so that nothing is cached or corrected on the way). */
    public void readInOrder(Consumer<AuditEntry> each) {
        try (Connection connection = dataSource.getConnection()) {
            readInOrder(connection, each);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit trail", e);
        }
    }

    /** As {@link #readInOrder(Consumer)} on a connection of the caller's (the command-line verification). */
    public static void readInOrder(Connection connection, Consumer<AuditEntry> each) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " order by seq")) {
            query.setFetchSize(1_000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime at = rows.getObject(2, OffsetDateTime.class);
                    each.accept(AuditEntry.stored(rows.getLong(1), at.toInstant(), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getString(8), rows.getString(9)));
                }
            }
        }
    }

    /** The head the application recorded, read on a connection of the caller's. */
    public static AuditHead recordedHead(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select last_seq, last_sha256 from audit_head where id = " + ChainHead.ID);
             ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("audit_head has no row: is this a PortVerify database (migration V14)?");
            }
            return new AuditHead(row.getLong(1), row.getString(2));
        }
    }
}
