package org.portverify.interfaces.timers;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.portverify.application.SubmissionIngests;
import org.portverify.domain.error.ErrorCode;

/**
 * At startup, finds the executions that the JBeret JDBC job repository still shows STARTING, STARTED or STOPPING
 * although they were created before this server process started: a crash (or a kill) ended them. Each is marked
 * FAILED, with its running steps, and exit status PV-4104, so that the history tells the truth and an administrator
 * can restart it from its last checkpoint ({@code POST /api/runs/{id}/restart}). The ingests those executions held,
 * and any launch begun before this process started, are INTERRUPTED ({@link SubmissionIngests#interruptedAtStartup}),
 * so that a restart or the same bytes uploaded again continue them.
 *
 * <p>JBeret's own {@code jberet.restart.mode=detect} would also restart such an execution, but only when asked, and
 * meanwhile the history would show it running forever. Only executions older than this JVM are touched, so a job
 * this server started (say before a redeployment) is never marked. The repository is assumed to belong to this one
 * server; several servers sharing one repository must set {@value #ENABLED_PROPERTY}=false and rely on
 * {@code detect}.
 */
@Singleton
@Startup
// The claims it releases are in the application's schema, which must be migrated first.
@DependsOn("portverify-ejb.jar#SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CrashRecovery {

    static final String ENABLED_PROPERTY = "portverify.recovery.enabled";

    private static final Logger LOG = Logger.getLogger(CrashRecovery.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortVerifyBatchDS")
    private DataSource repository;

    @EJB
    private SubmissionIngests ingests;

    private final List<Long> recovered = new ArrayList<>();

    @PostConstruct
    void atStartup() {
        if (!Boolean.parseBoolean(System.getProperty(ENABLED_PROPERTY, "true"))) {
            LOG.info("Crash recovery disabled (" + ENABLED_PROPERTY + "=false)");
            return;
        }
        Timestamp processStart = new Timestamp(ManagementFactory.getRuntimeMXBean().getStartTime());
        try {
            recovered.addAll(markInterrupted(processStart));
        } catch (SQLException e) {
            // Never block the deployment: the executions can still be restarted with jberet.restart.mode=detect.
            LOG.log(Level.WARNING, "Crash recovery could not read the job repository", e);
        }
        try {
            ingests.interruptedAtStartup(List.copyOf(recovered), processStart.toInstant());
        } catch (RuntimeException e) {
            // Nor here: the executions are marked; their versions' claims can be released by hand.
            LOG.log(Level.WARNING, "Crash recovery could not release the claims of interrupted ingests", e);
        }
    }

    /** The executions marked FAILED at this startup. */
    public List<Long> recovered() {
        return List.copyOf(recovered);
    }

    /**
     * Marks FAILED every execution created before {@code processStart} and still shown running; returns their ids.
     * Called at startup with this JVM's start time (and by the system tests with a later one).
     */
    public List<Long> markInterrupted(Timestamp processStart) throws SQLException {
        List<Long> marked = new ArrayList<>();
        try (Connection connection = repository.getConnection()) {
            List<long[]> found = new ArrayList<>();
            List<String> statuses = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select JOBEXECUTIONID, BATCHSTATUS from "
                    + "JOB_EXECUTION where BATCHSTATUS in ('STARTING', 'STARTED', 'STOPPING') and CREATETIME < ?")) {
                select.setTimestamp(1, processStart);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(new long[] {rows.getLong(1)});
                        statuses.add(rows.getString(2));
                    }
                }
            }
            Timestamp now = new Timestamp(System.currentTimeMillis());
            for (int i = 0; i < found.size(); i++) {
                long executionId = found.get(i)[0];
                String exitStatus = ErrorCode.EXECUTION_INTERRUPTED.message(statuses.get(i));
                update(connection, "update JOB_EXECUTION set BATCHSTATUS = 'FAILED', EXITSTATUS = ?, ENDTIME = ?, "
                        + "LASTUPDATEDTIME = ?, VERSION = VERSION + 1 where JOBEXECUTIONID = ?", exitStatus, now, executionId);
                update(connection, "update STEP_EXECUTION set BATCHSTATUS = 'FAILED', EXITSTATUS = ?, ENDTIME = ? "
                        + "where JOBEXECUTIONID = ? and BATCHSTATUS in ('STARTING', 'STARTED', 'STOPPING')",
                        exitStatus, now, executionId);
                LOG.warning(() -> "Execution " + executionId + ": " + exitStatus);
                marked.add(executionId);
            }
        }
        return marked;
    }

    private static void update(Connection connection, String sql, String exitStatus, Timestamp now,
                               long executionId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, exitStatus);
            update.setTimestamp(2, now);
            if (sql.contains("LASTUPDATEDTIME")) {
                update.setTimestamp(3, now);
                update.setLong(4, executionId);
            } else {
                update.setLong(3, executionId);
            }
            update.executeUpdate();
        }
    }
}
