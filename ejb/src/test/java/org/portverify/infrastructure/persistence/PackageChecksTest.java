package org.portverify.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portverify.domain.agreement.AgreementCategory;
import org.portverify.domain.agreement.Milestone;
import org.portverify.domain.agreement.MilestoneKind;
import org.portverify.domain.agreement.MilestoneStatus;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.model.CapacityUnit;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.model.SubCategory;
import org.portverify.domain.submission.AcceptedRecords;
import org.portverify.domain.submission.ClaimMeasure;
import org.portverify.domain.submission.ClaimScope;
import org.portverify.domain.submission.ClaimedFigure;
import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.FleetFigure;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.domain.submission.PackageRules;
import org.portverify.domain.submission.PreviousEdition;
import org.portverify.domain.submission.Throughput;
import org.portverify.domain.submission.WarningThresholds;

/**
 * The set-based package checks on the migrated schema (H2 in PostgreSQL mode) against the oracle, the in-memory
 * {@link PackageRules#check} over every record: on seeded random packages (repeated keys, NULL sub-categories, mixed
 * units, pairs without a 2005 figure, years without TEU, a previous edition to restate) the duplicates the SQL
 * finds and the rules run on the first lines of each key give exactly the oracle's findings.
 */
class PackageChecksTest {

    private static JdbcDataSource dataSource;
    private static PackageChecks checks;
    private static long nextId = 1;

    @BeforeAll
    static void migrate() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:package-checks;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        checks = new PackageChecks(dataSource);
    }

    @Test
    void theSqlPathGivesTheOraclesFindingsOnRandomPackages() throws SQLException {
        java.util.Set<ErrorCode> seen = java.util.EnumSet.noneOf(ErrorCode.class);
        for (int seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            long submissionId = submission();
            AcceptedRecords all = randomPackage(random, submissionId);
            store(all);
            PreviousEdition previous = random.nextBoolean() ? PreviousEdition.none()
                    : new PreviousEdition("2020", randomPackage(new Random(-seed), submissionId).emissions());

            List<Finding> oracle = PackageRules.check(all, previous, WarningThresholds.DEFAULT, "", null);
            List<Finding> oracleRefusals = oracle.stream().filter(PackageRules::refusesRecord).toList();

            PackageChecks.Duplicates duplicates = checks.duplicates(submissionId, Long.MAX_VALUE);
            assertEquals(oracleRefusals.size(), duplicates.count(), "seed " + seed);
            assertEquals(oracleRefusals, duplicates.first(), "seed " + seed + ": the duplicates in report order");
            List<Finding> rules = PackageRules.check(checks.firstOccurrences(submissionId), previous,
                    WarningThresholds.DEFAULT, "", null);
            assertTrue(rules.stream().noneMatch(PackageRules::refusesRecord), "first lines repeat no key");
            List<Finding> sql = Stream.concat(duplicates.first().stream(), rules.stream())
                    .sorted(Finding.ORDER).toList();
            assertEquals(oracle, sql, "seed " + seed);
            oracle.forEach(f -> seen.add(f.code()));

            int room = oracleRefusals.isEmpty() ? 0 : random.nextInt(oracleRefusals.size());
            assertEquals(oracleRefusals.subList(0, room + Math.min(1, oracleRefusals.size())),
                    checks.duplicates(submissionId, room + 1).first(), "seed " + seed + ": the first " + (room + 1));
        }
        assertEquals(java.util.EnumSet.of(ErrorCode.DUPLICATE_EMISSION, ErrorCode.DUPLICATE_THROUGHPUT,
                ErrorCode.DUPLICATE_MILESTONE, ErrorCode.DUPLICATE_FLEET, ErrorCode.DUPLICATE_CLAIM,
                ErrorCode.BASELINE_FIGURE_MISSING,
                ErrorCode.THROUGHPUT_YEAR_MISSING, ErrorCode.YEAR_OVER_YEAR_CHANGE, ErrorCode.BASELINE_RESTATED,
                ErrorCode.PM25_ABOVE_PM10, ErrorCode.DPM_ABOVE_PM10, ErrorCode.UNITS_MIXED, ErrorCode.MAGNITUDE_CHANGED,
                ErrorCode.DATA_YEAR_RESTATED, ErrorCode.PARTIAL_INVENTORY, ErrorCode.REPORTED_BEFORE_MISSING), seen,
                "the seeds exercise every package rule but PV-1214 (no ALL rows: ConsistencyRulesTest)");
    }

    @Test
    void aKeyWithoutSubCategoryIsOneKeyAndAnotherSubCategoryIsNot() throws SQLException {
        long submissionId = submission();
        store(new AcceptedRecords(List.of(
                fig(submissionId, 2, 2005, SourceCategory.CHE, null, Pollutant.NOX, "1"),
                fig(submissionId, 3, 2005, SourceCategory.CHE, SubCategory.CONTAINER_TERMINAL, Pollutant.NOX, "1"),
                fig(submissionId, 4, 2005, SourceCategory.CHE, null, Pollutant.NOX, "1"),
                fig(submissionId, 5, 2005, SourceCategory.CHE, null, Pollutant.NOX, "1"),
                fig(submissionId, 6, 2005, SourceCategory.CHE, SubCategory.CONTAINER_TERMINAL, Pollutant.NOX, "1")),
                List.of(new Throughput(submissionId, 2005, 10, 2)), List.of(), List.of()));

        PackageChecks.Duplicates duplicates = checks.duplicates(submissionId, 10);
        assertEquals(3, duplicates.count());
        assertEquals(List.of(4L, 5L, 6L), duplicates.first().stream().map(Finding::line).toList());
        assertEquals(List.of(
                ErrorCode.DUPLICATE_EMISSION.reason(2, 2005, "CHE", "(none)", "NOx"),
                ErrorCode.DUPLICATE_EMISSION.reason(2, 2005, "CHE", "(none)", "NOx"),
                ErrorCode.DUPLICATE_EMISSION.reason(3, 2005, "CHE", "CONTAINER_TERMINAL", "NOx")),
                duplicates.first().stream().map(Finding::message).toList());
        assertEquals(List.of(2L, 3L), checks.firstOccurrences(submissionId).emissions().stream()
                .map(InventoryFigure::getSourceLine).toList());
    }

    @Test
    void refusalsAreKeptInBatchesAndTheirRecordsWithdrawnInOneStatementPerPart() throws SQLException {
        long submissionId = submission();
        List<InventoryFigure> emissions = new ArrayList<>();
        for (int line = 2; line <= 20_001; line++) {
            emissions.add(fig(submissionId, line, 2005, SourceCategory.OGV, null, Pollutant.NOX, "1"));
        }
        store(new AcceptedRecords(emissions, List.of(new Throughput(submissionId, 2005, 1, 2),
                new Throughput(submissionId, 2005, 1, 3)), List.of(), List.of()));
        PackageChecks.Duplicates duplicates = checks.duplicates(submissionId, 50_000);
        assertEquals(20_000, duplicates.count(), "19,999 emission lines and 1 TEU line repeat a key");
        try (PackageChecks.Refusals refusals = checks.refusals(submissionId)) {
            duplicates.first().forEach(f -> refusals.add(f.withRawLine("raw " + f.line())));
        }
        assertEquals(20_000, count("select count(*) from rejected_record where submission_id = " + submissionId));
        assertEquals(1, count("select count(*) from rejected_record where submission_id = " + submissionId
                + " and file_name = 'throughput.csv' and line_number = 3 and raw_line = 'raw 3' and code = 'PV-1310'"));

        checks.withdrawRefused(submissionId);
        assertEquals(1, count("select count(*) from inventory_figure where submission_id = " + submissionId));
        assertEquals(1, count("select count(*) from throughput where submission_id = " + submissionId));
        assertEquals(List.of(2L), checks.firstOccurrences(submissionId).emissions().stream()
                .map(InventoryFigure::getSourceLine).toList());
    }

    @Test
    void aRejectedVersionIsWithdrawnWindowByWindow() throws SQLException {
        long submissionId = submission();
        long other = submission();
        List<InventoryFigure> emissions = new ArrayList<>();
        for (int line = 2; line <= 101; line++) {
            emissions.add(fig(submissionId, line, 2005, SourceCategory.OGV, null, Pollutant.NOX, "1"));
        }
        store(new AcceptedRecords(emissions, List.of(new Throughput(submissionId, 2005, 1, 2)), List.of(),
                List.of(fleet(submissionId, 2, 2005, SourceCategory.CHE)), List.of(new ClaimedFigure(submissionId,
                ClaimScope.PORT, SourceCategory.ALL, Pollutant.DPM, 2005, ClaimMeasure.TONS, BigDecimal.TEN, 2))));
        store(new AcceptedRecords(List.of(fig(other, 2, 2005, SourceCategory.OGV, null, Pollutant.NOX, "1")),
                List.of(), List.of(), List.of()));

        int windows = 0;
        while (checks.withdrawWindow(submissionId, 40)) {
            windows++;
        }
        assertEquals(3 + 1 + 1 + 1, windows,
                "lines 2-41, 42-81, 82-101 of emissions, then throughput, then fleet, then claims");
        assertFalse(checks.withdrawWindow(submissionId, 40), "again: nothing left, nothing done");
        for (String table : List.of("inventory_figure", "throughput", "milestone", "fleet_figure",
                "claimed_figure")) {
            assertEquals(0, count("select count(*) from " + table + " where submission_id = " + submissionId));
        }
        assertEquals(1, count("select count(*) from inventory_figure where submission_id = " + other),
                "another version keeps its records");
    }

    // ---------------------------------------------------------------- random packages

    private static AcceptedRecords randomPackage(Random random, long submissionId) {
        int lastYear = 2008 + random.nextInt(4);
        boolean withBaseline = random.nextInt(4) > 0;
        List<InventoryFigure> emissions = new ArrayList<>();
        int lines = 20 + random.nextInt(200);
        for (int i = 0; i < lines; i++) {
            int year = (withBaseline ? 2005 : 2006) + random.nextInt(lastYear - 2004);
            year = Math.min(year, lastYear);
            SourceCategory category = SourceCategory.values()[random.nextInt(3)];
            List<SubCategory> parts = Stream.of(SubCategory.values()).filter(s -> s.category() == category).toList();
            SubCategory sub = parts.isEmpty() || random.nextBoolean() ? null : parts.get(random.nextInt(parts.size()));
            Pollutant pollutant = Pollutant.values()[random.nextInt(3)];
            String value = random.nextInt(10) == 0 ? "0" : (1 + random.nextInt(500)) + "." + random.nextInt(1000);
            MassUnit unit = random.nextBoolean() ? MassUnit.SHORT_TONS : MassUnit.METRIC_TONS;
            emissions.add(new InventoryFigure(submissionId, year, category, sub, pollutant, new BigDecimal(value),
                    unit, 0));
        }
        // Some lines repeated verbatim further down, as a duplicated sheet would.
        int repeats = random.nextInt(lines / 2);
        for (int i = 0; i < repeats; i++) {
            emissions.add(emissions.get(random.nextInt(lines)));
        }
        List<InventoryFigure> numbered = new ArrayList<>();
        for (int i = 0; i < emissions.size(); i++) {
            InventoryFigure f = emissions.get(i);
            numbered.add(new InventoryFigure(submissionId, f.getDataYear(), f.getCategory(), f.getSubCategory(),
                    f.getPollutant(), f.getValue(), f.getUnit(), i + 2));
        }
        List<Throughput> throughput = new ArrayList<>();
        int line = 2;
        for (int year = 2005; year <= lastYear; year++) {
            if (random.nextInt(5) > 0) {
                throughput.add(new Throughput(submissionId, year, 1_000 + random.nextInt(9_000), line++));
            }
            if (random.nextInt(6) == 0) {
                throughput.add(new Throughput(submissionId, year, 5, line++));
            }
        }
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < random.nextInt(8); i++) {
            milestones.add(milestone(submissionId, i + 2, "M-" + random.nextInt(4)));
        }
        List<FleetFigure> fleet = new ArrayList<>();
        for (int i = 0; i < random.nextInt(8); i++) {
            fleet.add(fleet(submissionId, i + 2, 2005 + random.nextInt(3), SourceCategory.values()[random.nextInt(2)]));
        }
        List<ClaimedFigure> claims = new ArrayList<>();
        for (int i = 0; i < random.nextInt(8); i++) {
            claims.add(new ClaimedFigure(submissionId, ClaimScope.values()[random.nextInt(2)],
                    random.nextBoolean() ? SourceCategory.ALL : SourceCategory.OGV, Pollutant.DPM, 2030,
                    ClaimMeasure.values()[random.nextInt(2)], new BigDecimal("-" + random.nextInt(100)), i + 2));
        }
        List<Throughput> shuffled = new ArrayList<>(throughput);
        Collections.shuffle(shuffled, random);
        return new AcceptedRecords(numbered, shuffled, milestones, fleet, claims);
    }

    private static InventoryFigure fig(long submissionId, long line, int year, SourceCategory category,
                                       SubCategory sub, Pollutant pollutant, String value) {
        return new InventoryFigure(submissionId, year, category, sub, pollutant, new BigDecimal(value),
                MassUnit.SHORT_TONS, line);
    }

    private static Milestone milestone(long submissionId, long line, String id) {
        return new Milestone(submissionId, AgreementCategory.DRAYAGE, id, MilestoneKind.DRAFT_PLAN, "Draft plan",
                java.time.LocalDate.of(2027, 5, 31), null, MilestoneStatus.PLANNED, true, null, null, line);
    }

    private static FleetFigure fleet(long submissionId, long line, int year, SourceCategory category) {
        return new FleetFigure(submissionId, year, category, 20, 100, 12, new BigDecimal("4.5"), CapacityUnit.MW,
                line);
    }

    // ---------------------------------------------------------------- storage

    private static long submission() throws SQLException {
        long id = nextId++;
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into submission (id, port, reporting_year, edition, version, status, package_sha256, "
                        + "received_at) values (?, 'POLA', 2030, '2030', ?, 'RECEIVED', 'x', current_timestamp)")) {
            insert.setLong(1, id);
            insert.setLong(2, id);
            insert.executeUpdate();
        }
        return id;
    }

    private static void store(AcceptedRecords records) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into inventory_figure (id, "
                    + "submission_id, data_year, category, sub_category, pollutant, amount, unit, source_line) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (InventoryFigure f : records.emissions()) {
                    insert.setLong(1, nextId++);
                    insert.setLong(2, f.getSubmissionId());
                    insert.setInt(3, f.getDataYear());
                    insert.setString(4, f.getCategory().name());
                    insert.setString(5, f.getSubCategory() == null ? null : f.getSubCategory().name());
                    insert.setString(6, f.getPollutant().name());
                    insert.setBigDecimal(7, f.getValue());
                    insert.setString(8, f.getUnit().name());
                    insert.setLong(9, f.getSourceLine());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into throughput (id, submission_id, "
                    + "data_year, teu, source_line) values (?, ?, ?, ?, ?)")) {
                for (Throughput t : records.throughput()) {
                    insert.setLong(1, nextId++);
                    insert.setLong(2, t.getSubmissionId());
                    insert.setInt(3, t.getDataYear());
                    insert.setLong(4, t.getTeu());
                    insert.setLong(5, t.getSourceLine());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into milestone (id, submission_id, "
                    + "phase, category, milestone_id, kind, title, due_date, status, within_port_control, "
                    + "source_line) values (?, ?, 1, 'DRAYAGE', ?, 'DRAFT_PLAN', 'Draft plan', date '2027-05-31', "
                    + "'PLANNED', true, ?)")) {
                for (Milestone m : records.milestones()) {
                    insert.setLong(1, nextId++);
                    insert.setLong(2, m.getSubmissionId());
                    insert.setString(3, m.getMilestoneId());
                    insert.setLong(4, m.getSourceLine());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into fleet_figure (id, "
                    + "submission_id, data_year, category, ze_units, total_units, chargers, capacity, capacity_unit, "
                    + "source_line) values (?, ?, ?, ?, 20, 100, 12, 4.5, 'MW', ?)")) {
                for (FleetFigure f : records.fleet()) {
                    insert.setLong(1, nextId++);
                    insert.setLong(2, f.getSubmissionId());
                    insert.setInt(3, f.getDataYear());
                    insert.setString(4, f.getCategory().name());
                    insert.setLong(5, f.getSourceLine());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into claimed_figure (id, "
                    + "submission_id, scope, category, pollutant, data_year, measure, claimed_value, claimed_scale, "
                    + "source_line) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
                for (ClaimedFigure c : records.claims()) {
                    insert.setLong(1, nextId++);
                    insert.setLong(2, c.getSubmissionId());
                    insert.setString(3, c.getScope().name());
                    insert.setString(4, c.getCategory().name());
                    insert.setString(5, c.getPollutant().name());
                    insert.setInt(6, c.getDataYear());
                    insert.setString(7, c.getMeasure().name());
                    insert.setBigDecimal(8, c.getValue());
                    insert.setLong(9, c.getSourceLine());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
