package org.portverify.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.model.SubCategory;
import org.portverify.domain.submission.AcceptedRecords;
import org.portverify.domain.submission.ClaimMeasure;
import org.portverify.domain.submission.ClaimScope;
import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.domain.submission.PackageRules;
import org.portverify.domain.submission.RejectedRecord;
import org.portverify.domain.submission.SubmissionPart;
import org.portverify.domain.submission.Throughput;

/**
 * The package rules' reads and the close's writes as a handful of set-based statements (JDBC on the JTA datasource,
 * so they join the caller's transaction; SQL that PostgreSQL and H2 in PostgreSQL mode both run): the time grows
 * with the version's rows, the memory only with what is kept (at most the tolerance in refused records) and with
 * the bounded domain of keys (data years x categories x pollutants), never with the rows themselves.
 */
@ApplicationScoped
public class PackageChecks {

    /** Each record part's table and the columns of its key (as {@link PackageRules#duplicates} groups them). */
    private static final Map<SubmissionPart, Table> TABLES = Map.of(
            SubmissionPart.EMISSIONS, new Table("inventory_figure", "data_year, category, sub_category, pollutant"),
            SubmissionPart.THROUGHPUT, new Table("throughput", "data_year"),
            SubmissionPart.MILESTONES, new Table("milestone", "milestone_id"),
            SubmissionPart.FLEET, new Table("fleet_figure", "data_year, category"),
            SubmissionPart.CLAIMS, new Table("claimed_figure", "scope, category, pollutant, data_year, measure"));

    private static final int BATCH = 1_000;

    @Resource(lookup = "java:jboss/datasources/PortVerifyDS")
    private DataSource dataSource;

    protected PackageChecks() {
    }

    /** Outside the container (tests): on {@code dataSource}, each call on a connection of its own. */
    public PackageChecks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The version's repeated records: how many in all, and the first {@code limit} in report order (the parts in
     * package order, then by line), each as the error {@link PackageRules#duplicates} gives, naming its key's
     * first line. A NULL sub-category groups with the other NULLs, as the rules' keys do.
     */
    public Duplicates duplicates(long submissionId, long limit) {
        long count = 0;
        List<Finding> first = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (SubmissionPart part : SubmissionPart.recordParts()) {
                Table table = TABLES.get(part);
                count += repeated(connection, table, submissionId);
                if (first.size() < limit) {
                    repeatedLines(connection, part, table, submissionId, limit - first.size(), first);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the duplicates of submission " + submissionId, e);
        }
        return new Duplicates(count, first);
    }

    private static long repeated(Connection connection, Table table, long submissionId) throws SQLException {
        String sql = "select coalesce(sum(n), 0) - count(*) from (select count(*) n from " + table.name()
                + " where submission_id = ? group by " + table.key() + ") g";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, submissionId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void repeatedLines(Connection connection, SubmissionPart part, Table table, long submissionId,
                                      long limit, List<Finding> into) throws SQLException {
        // The window's partition puts NULLs together, like GROUP BY and the rules' keys.
        String sql = "select source_line, first_line, " + table.key() + " from (select source_line, " + table.key()
                + ", min(source_line) over (partition by " + table.key() + ") first_line from " + table.name()
                + " where submission_id = ?) d where source_line > first_line order by source_line limit ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, submissionId);
            statement.setLong(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    into.add(duplicate(part, rows));
                }
            }
        }
    }

    private static Finding duplicate(SubmissionPart part, ResultSet row) throws SQLException {
        long line = row.getLong(1);
        long first = row.getLong(2);
        return switch (part) {
            case EMISSIONS -> PackageRules.duplicateEmission(line, first, row.getInt(3),
                    SourceCategory.valueOf(row.getString(4)), subCategory(row.getString(5)),
                    Pollutant.valueOf(row.getString(6)));
            case THROUGHPUT -> PackageRules.duplicateThroughput(line, first, row.getInt(3));
            case MILESTONES -> PackageRules.duplicateMilestone(line, first, row.getString(3));
            case FLEET -> PackageRules.duplicateFleet(line, first, row.getInt(3),
                    SourceCategory.valueOf(row.getString(4)));
            case CLAIMS -> PackageRules.duplicateClaim(line, first, ClaimScope.valueOf(row.getString(3)),
                    SourceCategory.valueOf(row.getString(4)), Pollutant.valueOf(row.getString(5)), row.getInt(6),
                    ClaimMeasure.valueOf(row.getString(7)));
            case MANIFEST -> throw new IllegalArgumentException("the manifest has no records");
        };
    }

    private static SubCategory subCategory(String name) {
        return name == null ? null : SubCategory.valueOf(name);
    }

    /**
     * The first line of each emission key and of each throughput year: all the rules other than duplicates read
     * (the repeated lines are refused, so they never count), one row per key whatever the number of rows.
     */
    public AcceptedRecords firstOccurrences(long submissionId) {
        List<InventoryFigure> emissions = new ArrayList<>();
        List<Throughput> throughput = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(firstLines(TABLES.get(
                    SubmissionPart.EMISSIONS), "data_year, category, sub_category, pollutant, amount, unit"))) {
                statement.setLong(1, submissionId);
                statement.setLong(2, submissionId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        emissions.add(new InventoryFigure(submissionId, rows.getInt(2),
                                SourceCategory.valueOf(rows.getString(3)), subCategory(rows.getString(4)),
                                Pollutant.valueOf(rows.getString(5)), rows.getBigDecimal(6),
                                MassUnit.valueOf(rows.getString(7)), rows.getLong(1)));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(firstLines(TABLES.get(
                    SubmissionPart.THROUGHPUT), "data_year, teu"))) {
                statement.setLong(1, submissionId);
                statement.setLong(2, submissionId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        throughput.add(new Throughput(submissionId, rows.getInt(2), rows.getLong(3),
                                rows.getLong(1)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the first records of submission " + submissionId, e);
        }
        return new AcceptedRecords(emissions, throughput, List.of(), List.of());
    }

    /** A version's records at the lowest line of their key (a line is one record of its file). */
    private static String firstLines(Table table, String columns) {
        return "select source_line, " + columns + " from " + table.name() + " where submission_id = ? and "
                + "source_line in (select min(source_line) from " + table.name() + " where submission_id = ? "
                + "group by " + table.key() + ") order by source_line";
    }

    /** Keeps refused records, in batches; {@link Refusals#close} writes the last. */
    public Refusals refusals(long submissionId) {
        try {
            return new Refusals(submissionId, dataSource.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot keep the refused records of submission " + submissionId, e);
        }
    }

    /**
     * Withdraws from an accepted version the records its kept refusals point at (the package rules' duplicates):
     * one statement per part, whatever their number.
     */
    public void withdrawRefused(long submissionId) {
        try (Connection connection = dataSource.getConnection()) {
            for (SubmissionPart part : SubmissionPart.recordParts()) {
                String table = TABLES.get(part).name();
                // An uncorrelated IN: both databases hash the refused lines once (H2 runs a correlated EXISTS
                // once per row, which is quadratic).
                try (PreparedStatement statement = connection.prepareStatement("delete from " + table
                        + " where submission_id = ? and source_line in (select line_number from rejected_record "
                        + "where submission_id = ? and file_name = ?)")) {
                    statement.setLong(1, submissionId);
                    statement.setLong(2, submissionId);
                    statement.setString(3, part.fileName());
                    statement.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot withdraw the refused records of submission " + submissionId, e);
        }
    }

    /**
     * Withdraws the next window of a rejected version's records: those of the first part that still has some,
     * from its lowest line up to {@code lines} lines further. Repeating it is harmless.
     *
     * @return whether any record was left to withdraw
     */
    public boolean withdrawWindow(long submissionId, long lines) {
        try (Connection connection = dataSource.getConnection()) {
            for (SubmissionPart part : SubmissionPart.recordParts()) {
                String table = TABLES.get(part).name();
                Long lowest;
                try (PreparedStatement statement = connection.prepareStatement(
                        "select min(source_line) from " + table + " where submission_id = ?")) {
                    statement.setLong(1, submissionId);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        long line = rows.getLong(1);
                        lowest = rows.wasNull() ? null : line;
                    }
                }
                if (lowest != null) {
                    try (PreparedStatement statement = connection.prepareStatement("delete from " + table
                            + " where submission_id = ? and source_line >= ? and source_line < ?")) {
                        statement.setLong(1, submissionId);
                        statement.setLong(2, lowest);
                        statement.setLong(3, lowest + lines);
                        statement.executeUpdate();
                    }
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot withdraw the records of submission " + submissionId, e);
        }
    }

    /** The repeated records of a version: how many, and the first of them in report order. */
    public record Duplicates(long count, List<Finding> first) {
        public Duplicates {
            first = List.copyOf(first);
        }
    }

    /** Refused records written in batches through one connection; each as {@link RejectedRecord} keeps it. */
    public static final class Refusals implements AutoCloseable {

        private final long submissionId;
        private final Connection connection;
        private final PreparedStatement insert;
        private int pending;

        private Refusals(long submissionId, Connection connection) throws SQLException {
            this.submissionId = submissionId;
            this.connection = connection;
            // Ids from the entity's own sequence (increment 1), so Hibernate's later ones never collide.
            this.insert = connection.prepareStatement("insert into rejected_record (id, submission_id, file_name, "
                    + "line_number, field, code, reason, field_value, raw_line) "
                    + "values (nextval('rejected_record_seq'), ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        public void add(Finding refusal) {
            Finding kept = new RejectedRecord(submissionId, refusal).finding();
            try {
                insert.setLong(1, submissionId);
                insert.setString(2, kept.fileName());
                insert.setLong(3, kept.line());
                insert.setString(4, kept.field());
                insert.setString(5, kept.code().code());
                insert.setString(6, kept.message());
                insert.setString(7, kept.value());
                insert.setString(8, kept.rawLine());
                insert.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot keep a refused record of submission " + submissionId, e);
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() {
            try (connection; insert) {
                flush();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot keep the refused records of submission " + submissionId, e);
            }
        }
    }

    private record Table(String name, String key) {
    }
}
