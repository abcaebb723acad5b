package org.portverify.tools;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The kill -9 crash test of the ingest (issue 13), a documented command, not part of the suite (docs/testing.md):
 *
 * <pre>./mvnw verify -pl ear -am -Pcrash-test [-Ppostgres] [-Dcrash.rows=200000 -Dcrash.kills=10 -Dcrash.seed=1]</pre>
 *
 * <ol>
 * <li>Reference: a server of its own on a fresh database ingests a generated package of {@code rows} lines
 * ({@link GeneratedPackage}) without interruption; it is stopped and the database dumped: every stored figure and
 * milestone by line, every refused record, every finding, the version's status (no ids, no times).</li>
 * <li>Crash run: another fresh database, the same bytes uploaded; {@code kills} times, at a random number of records
 * read, the server's JVM is killed with SIGKILL, started again, the interrupted execution found FAILED by crash
 * recovery in {@code GET /runs} and restarted the documented way ({@code POST /runs/{id}/restart}).</li>
 * <li>Once it completed, the server is stopped, the database dumped and compared line by line with the reference.</li>
 * </ol>
 * Prints {@code kills=.. missing=.. extra=.. outcome=REF/CRASH RESULT=PASS|FAIL} and the first differing lines;
 * exits 1 on FAIL.
 */
public final class CrashTest {

    private static final String ADMIN = basic("admin:admin-demo");
    private static final String POLA = basic("pola:pola-demo");
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(60);
    private static final String PORT = "POLA";

    private final Settings settings;

    private CrashTest(Settings settings) {
        this.settings = settings;
    }

    /** Arguments: jboss.home, the EAR, the demo submissions folder, the work folder, the database kind (h2|postgres). */
    public static void main(String[] args) throws Exception {
        Settings settings = new Settings(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
                args[4], Integer.getInteger("crash.rows", 200_000), Integer.getInteger("crash.kills", 10),
                Long.getLong("crash.seed", 1L), Integer.getInteger("crash.year", 2090),
                Integer.getInteger("crash.port.offset", 500));
        boolean passed = new CrashTest(settings).run();
        System.exit(passed ? 0 : 1);
    }

    private boolean run() throws Exception {
        Path zip = GeneratedPackage.write(settings.demo.resolve("2025/POLA"), settings.year, settings.rows,
                settings.work.resolve("package.zip"));
        System.out.printf("[crash] package: %,d milestone lines, %,d bytes, database %s%n", settings.rows,
                Files.size(zip), settings.database);

        Database reference = Database.fresh(settings, "ref");
        ServerProcess server = server(reference, "ref");
        server.start();
        long first = upload(server, zip);
        String outcome = awaitEnd(server, first);
        server.stop();
        List<String> expected = reference.dump(settings.year);
        System.out.printf("[crash] reference: execution %d %s, %,d dump lines%n", first, outcome, expected.size());

        Database crashed = Database.fresh(settings, "crash");
        server = server(crashed, "crash");
        server.start();
        long execution = upload(server, zip);
        Random random = new Random(settings.seed);
        int kills = 0;
        while (kills < settings.kills) {
            long target = 1 + random.nextInt(Math.max(1, settings.rows / settings.kills));
            if (!runUntilRead(server, execution, target)) {
                break;
            }
            server.kill9();
            kills++;
            server.start();
            JsonObject failed = run(server, execution);
            System.out.printf("[crash] kill %d at %,d records read: execution %d now %s (%s)%n", kills, target,
                    execution, failed.getString("status"), failed.getString("exitStatus", ""));
            execution = restart(server, execution);
        }
        System.out.printf("[crash] last execution %d %s%n", execution, awaitEnd(server, execution));
        server.stop();
        List<String> actual = crashed.dump(settings.year);

        List<String> missing = minus(expected, actual);
        List<String> extra = minus(actual, expected);
        boolean passed = missing.isEmpty() && extra.isEmpty();
        System.out.printf("[crash] kills=%d missing=%d extra=%d outcome=%s/%s RESULT=%s%n", kills, missing.size(),
                extra.size(), versions(expected), versions(actual), passed ? "PASS" : "FAIL");
        missing.stream().limit(20).forEach(line -> System.out.println("[crash] missing " + line));
        extra.stream().limit(20).forEach(line -> System.out.println("[crash] extra   " + line));
        return passed;
    }

    private ServerProcess server(Database database, String name) throws IOException {
        return ServerProcess.prepare(settings.jbossHome, settings.ear, settings.work.resolve(name),
                settings.portOffset, "1g", List.of("-Dportverify.users.path=portverify-demo-users",
                        "-Dportverify.db.url=" + database.url, "-Dportverify.batch.db.url=" + database.batchUrl,
                        "-Dportverify.upload.max-bytes=1073741824"));
    }

    private long upload(ServerProcess server, Path zip) throws IOException, InterruptedException {
        HttpResponse<String> tolerance = server.http().send(request(server, "/tolerances/" + settings.year, ADMIN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"skipLimit\":100000}")).build(), ofString());
        require(tolerance, 200);
        String boundary = "portverify-crash";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"package\"; filename=\"crash.zip\""
                + "\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = server.http().send(request(server, "/submissions/POLA/" + settings.year, POLA)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(zip), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build(), ofString());
        require(response, 202);
        return json(response.body()).getJsonNumber("executionId").longValue();
    }

    /** Polls the execution until its ingest step read {@code target} records; false if it ended first. */
    private boolean runUntilRead(ServerProcess server, long execution, long target) throws Exception {
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject run = run(server, execution);
            String status = run.getString("status");
            if (!status.equals("STARTING") && !status.equals("STARTED")) {
                return false;
            }
            for (JsonValue value : run.getJsonArray("steps")) {
                JsonObject step = value.asJsonObject();
                if (step.getString("name").equals("close-ingest")) {
                    return true;
                }
                if (step.getString("name").equals("ingest-records")
                        && step.getJsonObject("metrics").getJsonNumber("READ_COUNT") != null
                        && step.getJsonObject("metrics").getJsonNumber("READ_COUNT").longValue() >= target) {
                    return true;
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("execution " + execution + " did not reach " + target + " records");
    }

    private String awaitEnd(ServerProcess server, long execution) throws Exception {
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject run = run(server, execution);
            String status = run.getString("status");
            if (!status.equals("STARTING") && !status.equals("STARTED")) {
                return status + ":" + run.getString("exitStatus", "");
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("execution " + execution + " did not end within " + RUN_TIMEOUT);
    }

    private long restart(ServerProcess server, long execution) throws IOException, InterruptedException {
        HttpResponse<String> response = server.http().send(request(server, "/runs/" + execution + "/restart", ADMIN)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), ofString());
        require(response, 202);
        return json(response.body()).getJsonNumber("executionId").longValue();
    }

    private JsonObject run(ServerProcess server, long execution) throws IOException, InterruptedException {
        HttpResponse<String> response = server.http().send(request(server, "/runs/" + execution, ADMIN).build(),
                ofString());
        require(response, 200);
        return json(response.body());
    }

    private static HttpRequest.Builder request(ServerProcess server, String path, String user) {
        return HttpRequest.newBuilder(URI.create(server.api() + path)).header("Authorization", user)
                .header("X-PortVerify-Request", "crash-test").timeout(Duration.ofMinutes(5));
    }

    private static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString();
    }

    private static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** The version lines of a dump ("1 ACCEPTED_WITH_WARNINGS"). */
    private static String versions(List<String> dump) {
        return String.join(",", dump.stream().filter(line -> line.startsWith("version "))
                .map(line -> line.substring("version ".length()).replace(' ', ':')).toList());
    }

    /** Lines of {@code a} not matched one for one in {@code b}. */
    private static List<String> minus(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        b.forEach(line -> counts.merge(line, 1, Integer::sum));
        List<String> left = new ArrayList<>();
        for (String line : a) {
            if (counts.merge(line, -1, Integer::sum) < 0) {
                left.add(line);
            }
        }
        return left;
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private record Settings(Path jbossHome, Path ear, Path demo, Path work, String database, int rows, int kills,
                            long seed, int year, int portOffset) {
    }

    /** The application's database of one server: fresh before its run, dumped after it stopped. */
    private static final class Database {

        private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

        final String url;
        final String batchUrl;
        private final Driver driver;

        private Database(String url, String batchUrl, Driver driver) {
            this.url = url;
            this.batchUrl = batchUrl;
            this.driver = driver;
        }

        static Database fresh(Settings settings, String name) throws Exception {
            if (settings.database.equals("postgres")) {
                String db = "portverify_crash_" + name;
                try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "postgres");
                     Statement sql = admin.createStatement()) {
                    for (String database : List.of(db, db + "_jberet")) {
                        sql.execute("drop database if exists " + database);
                        sql.execute("create database " + database);
                    }
                }
                return new Database(POSTGRES + db + "?reWriteBatchedInserts=true", POSTGRES + db + "_jberet",
                        DriverManager.getDriver(POSTGRES + db));
            }
            Path folder = settings.work.resolve(name).resolve("h2");
            ServerProcess.delete(folder);
            // The server's own H2 (its module), so that the dump reads the files in the format they were written.
            Path jar;
            try (var jars = Files.list(settings.jbossHome.resolve("modules/system/layers/base/com/h2database/h2/main"))) {
                jar = jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
            }
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Driver h2 = (Driver) loader.loadClass("org.h2.Driver").getDeclaredConstructor().newInstance();
            return new Database("jdbc:h2:file:" + folder.resolve("portverify") + H2_OPTIONS,
                    "jdbc:h2:file:" + folder.resolve("jberet"), h2);
        }

        /** What the version of {@code year} holds, as sorted text lines, without ids or times. */
        List<String> dump(int year) throws SQLException {
            Properties credentials = new Properties();
            credentials.setProperty("user", url.startsWith("jdbc:h2") ? "sa" : "postgres");
            credentials.setProperty("password", url.startsWith("jdbc:h2") ? "sa" : "postgres");
            List<String> lines = new ArrayList<>();
            try (Connection db = driver.connect(url, credentials)) {
                String version = "(select id from submission where port = '" + PORT + "' and reporting_year = "
                        + year + ")";
                query(db, lines, "version", "select version, status from submission where port = '" + PORT
                        + "' and reporting_year = " + year + " order by version");
                query(db, lines, "emissions.csv", "select source_line, data_year, category, sub_category, pollutant,"
                        + " amount, unit from inventory_figure where submission_id in " + version);
                query(db, lines, "throughput.csv", "select source_line, data_year, teu from throughput"
                        + " where submission_id in " + version);
                query(db, lines, "milestones.csv", "select source_line, milestone_id, status from milestone"
                        + " where submission_id in " + version);
                query(db, lines, "fleet.csv", "select source_line, data_year, category from fleet_figure"
                        + " where submission_id in " + version);
                query(db, lines, "refused", "select file_name, line_number, code, field, reason, raw_line"
                        + " from rejected_record where submission_id in " + version);
                query(db, lines, "finding", "select file_name, line_number, code, severity, message"
                        + " from validation_finding where submission_id in " + version);
            }
            lines.sort(null);
            return lines;
        }

        private static void query(Connection db, List<String> lines, String what, String sql) throws SQLException {
            try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    StringBuilder line = new StringBuilder(what);
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        Object value = rows.getObject(i);
                        line.append(' ').append(value instanceof java.math.BigDecimal number
                                ? number.stripTrailingZeros().toPlainString() : value);
                    }
                    lines.add(line.toString());
                }
            }
        }
    }
}
