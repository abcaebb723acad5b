package org.portverify.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The end-to-end ingest benchmark (issue 13), a documented command (docs/benchmarks.md), not a test:
 *
 * <pre>./mvnw verify -pl ear -am -Ppostgres -Pbenchmark-e2e [-Dbench.sizes=10000,100000,1000000,2000000]</pre>
 *
 * Starts a server of its own ({@code -Xmx512m}) on a fresh PostgreSQL database and, for each size, uploads a
 * generated package ({@link GeneratedPackage#emissions}: the demo's keys over every data year, then duplicates, and
 * one line in 1,000 refused) as a port does, and waits for its ingest; prints each step's time, rows per second of
 * the whole, the peak heap (sampled with jstat) and the peak resident memory (VmHWM). In the same database it then
 * loads the same rows with {@code COPY} into a table shaped like {@code inventory_figure} and prints the ratio.
 * Last, the demo's annual verification warm (ten runs first): the median time of the run and of its two longest
 * steps.
 */
public final class EndToEndBenchmark {

    private static final String ADMIN = basic("admin:admin-demo");
    private static final String POLA = basic("pola:pola-demo");
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DB = "portverify_bench";

    public static void main(String[] args) throws Exception {
        Path jbossHome = Path.of(args[0]);
        Path ear = Path.of(args[1]);
        Path demo = Path.of(args[2]);
        Path work = Path.of(args[3]);
        if (!args[4].equals("postgres")) {
            System.out.println("[bench] the end-to-end benchmark measures PostgreSQL against COPY: add -Ppostgres");
            System.exit(2);
        }
        List<Long> sizes = new ArrayList<>();
        for (String size : System.getProperty("bench.sizes", "10000,100000,1000000,2000000").split(",")) {
            sizes.add(Long.parseLong(size.trim()));
        }
        try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "postgres");
             Statement sql = admin.createStatement()) {
            for (String database : List.of(DB, DB + "_jberet")) {
                sql.execute("drop database if exists " + database);
                sql.execute("create database " + database);
            }
        }
        ServerProcess server = ServerProcess.prepare(jbossHome, ear, work.resolve("server"), 600, "512m",
                List.of("-Dportverify.users.path=portverify-demo-users",
                        "-Dportverify.db.url=" + POSTGRES + DB + "?reWriteBatchedInserts=true",
                        "-Dportverify.batch.db.url=" + POSTGRES + DB + "_jberet",
                        "-Dportverify.submissions.dir=" + demo, "-Dportverify.upload.max-bytes=1073741824"));
        server.start();
        try {
            int year = 2091;
            for (long rows : sizes) {
                Path zip = GeneratedPackage.emissions(demo.resolve("2025/POLA"), year, rows,
                        work.resolve("package-" + rows + ".zip"));
                measure(server, zip, year++, rows);
            }
            annualRuns(server);
        } finally {
            server.stop();
        }
    }

    private static void measure(ServerProcess server, Path zip, int year, long rows) throws Exception {
        send(server, request(server, "/tolerances/" + year, ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"skipLimit\":100000}")).build(), 200);
        long pid = server.pid();
        Files.writeString(Path.of("/proc/" + pid + "/clear_refs"), "5");
        HeapSampler heap = HeapSampler.start(pid);
        long started = System.nanoTime();
        String boundary = "portverify-bench";
        JsonObject answer = send(server, request(server, "/submissions/POLA/" + year, POLA)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString("--" + boundary
                                + "\r\nContent-Disposition: form-data; name=\"package\"; filename=\"bench.zip\"\r\n"
                                + "Content-Type: application/zip\r\n\r\n"), HttpRequest.BodyPublishers.ofFile(zip),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"))).build(), 202);
        double upload = seconds(started);
        long execution = answer.getJsonNumber("executionId").longValue();
        JsonObject run = awaitEnd(server, execution);
        double total = seconds(started);
        long peakHeap = heap.stop();
        long peakRss = vmHwm(pid);
        StringBuilder steps = new StringBuilder();
        for (JsonValue value : run.getJsonArray("steps")) {
            JsonObject step = value.asJsonObject();
            steps.append(' ').append(step.getString("name").replace('-', '_')).append("_s=")
                    .append(String.format("%.1f", seconds(step)));
        }
        double copy = copyRowsPerSecond(zip);
        double perSecond = rows / total;
        String outcome = outcome(server, year);
        System.out.printf("[bench] rows=%d upload_s=%.1f%s total_s=%.1f rows_per_s=%.0f copy_rows_per_s=%.0f"
                        + " ratio=%.2f peak_heap_mib=%d peak_rss_mib=%d outcome=%s%n", rows, upload, steps, total,
                perSecond, copy, perSecond / copy, peakHeap >> 20, peakRss >> 20, outcome);
    }

    /** COPY of the package's emission lines into a table like inventory_figure, indexes and keys included. */
    private static double copyRowsPerSecond(Path zip) throws Exception {
        try (Connection db = DriverManager.getConnection(POSTGRES + DB, "postgres", "postgres");
             Statement sql = db.createStatement()) {
            sql.execute("drop table if exists bench_figure");
            sql.execute("create table bench_figure (like inventory_figure including all)");
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            long started = System.nanoTime();
            AtomicLong line = new AtomicLong(1);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (entry.getName().equals("emissions.csv")) {
                        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                        lines.readLine();
                        copy.copyIn("copy bench_figure (id, submission_id, data_year, category, sub_category,"
                                + " pollutant, amount, unit, source_line) from stdin with (format csv)", rows(lines, line));
                    }
                }
            }
            double seconds = seconds(started);
            return (line.get() - 1) / seconds;
        }
    }

    /** The emission lines as rows of the table (a line that is not a number is stored as 0, as COPY has no rules). */
    private static Reader rows(BufferedReader lines, AtomicLong line) {
        return new Reader() {
            private String pending = "";
            private int position;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                while (position == pending.length()) {
                    String next = lines.readLine();
                    if (next == null) {
                        return -1;
                    }
                    String[] f = next.split(",", -1);
                    long number = line.getAndIncrement();
                    String amount = f[4].equals("n/a") ? "0" : f[4];
                    pending = number + ",1," + f[0] + "," + f[1] + "," + f[2] + "," + f[3] + "," + amount + "," + f[5]
                            + "," + (number + 1) + "\n";
                    position = 0;
                }
                int n = Math.min(length, pending.length() - position);
                pending.getChars(position, position + n, buffer, offset);
                position += n;
                return n;
            }

            @Override
            public void close() {
                // the zip stream is closed by its owner
            }
        };
    }

    /**
     * The demo year's annual run, warm: ten runs to warm the JIT (Jasper's fill and export are hot paths), then the
     * median of five of the whole run (start to end) and of its two longest steps.
     */
    private static void annualRuns(ServerProcess server) throws Exception {
        List<double[]> times = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            JsonObject started = send(server, request(server, "/runs?reportingYear=2025", ADMIN)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), 202);
            JsonObject run = awaitEnd(server, started.getJsonNumber("executionId").longValue());
            double metrics = 0;
            double report = 0;
            for (JsonValue value : run.getJsonArray("steps")) {
                JsonObject step = value.asJsonObject();
                if (step.getString("name").equals("compute-metrics")) {
                    metrics = seconds(step);
                } else if (step.getString("name").equals("render-board-report")) {
                    report = seconds(step);
                }
            }
            if (i >= 10) {
                times.add(new double[] {seconds(run), metrics, report});
            }
        }
        times.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] median = times.get(times.size() / 2);
        System.out.printf("[bench] annual_run_warm run_s=%.2f compute_metrics_s=%.2f render_board_report_s=%.2f%n",
                median[0], median[1], median[2]);
    }

    private static String outcome(ServerProcess server, int year) throws Exception {
        HttpResponse<String> versions = server.http().send(request(server, "/submissions/POLA/" + year, ADMIN)
                .build(), HttpResponse.BodyHandlers.ofString());
        try (var reader = Json.createReader(new StringReader(versions.body()))) {
            return reader.readArray().getJsonObject(0).getString("status");
        }
    }

    /** A run's or a step's seconds from its start and end times. */
    private static double seconds(JsonObject execution) {
        if (execution.isNull("startTime") || execution.isNull("endTime")) {
            return Double.NaN;
        }
        return Duration.between(Instant.parse(execution.getString("startTime")),
                Instant.parse(execution.getString("endTime"))).toMillis() / 1000.0;
    }

    /**
     * Waits for an execution to end by reading the job repository itself (the benchmark's own database), then reads
     * the run once over REST. Polling the API would cost a bcrypt verification of the Basic credentials per request
     * (tens of milliseconds of the server's CPU each) and slow down what is measured.
     */
    private static JsonObject awaitEnd(ServerProcess server, long execution) throws Exception {
        long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
        try (Connection jberet = DriverManager.getConnection(POSTGRES + DB + "_jberet", "postgres", "postgres");
             var status = jberet.prepareStatement("select batchstatus from job_execution where jobexecutionid = ?")) {
            status.setLong(1, execution);
            while (System.nanoTime() < deadline) {
                try (var row = status.executeQuery()) {
                    String batchStatus = row.next() ? row.getString(1) : "STARTING";
                    if (!batchStatus.equals("STARTING") && !batchStatus.equals("STARTED")
                            && !batchStatus.equals("STOPPING")) {
                        return send(server, request(server, "/runs/" + execution, ADMIN).build(), 200);
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("execution " + execution + " did not end");
    }

    private static JsonObject send(ServerProcess server, HttpRequest request, int status) throws Exception {
        HttpResponse<String> response = server.http().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static HttpRequest.Builder request(ServerProcess server, String path, String user) {
        return HttpRequest.newBuilder(URI.create(server.api() + path)).header("Authorization", user)
                .header("X-PortVerify-Request", "benchmark").timeout(Duration.ofMinutes(10));
    }

    private static long vmHwm(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** The server JVM's heap in use (young, survivor and old), sampled by jstat every 250 ms; the peak seen. */
    private static final class HeapSampler {
        private final Process jstat;
        private final Thread reader;
        private volatile long peak;

        private HeapSampler(Process jstat) {
            this.jstat = jstat;
            this.reader = new Thread(this::read, "jstat");
            reader.setDaemon(true);
            reader.start();
        }

        static HeapSampler start(long pid) throws IOException {
            Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
            return new HeapSampler(new ProcessBuilder(jstat.toString(), "-gc", String.valueOf(pid), "250")
                    .redirectErrorStream(true).start());
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                    StandardCharsets.UTF_8))) {
                List<String> header = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    List<String> fields = List.of(line.trim().split("\\s+"));
                    if (fields.contains("EU")) {
                        header = fields;
                    } else if (header != null && fields.size() == header.size()) {
                        double kib = 0;
                        for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                            kib += Double.parseDouble(fields.get(header.indexOf(column)));
                        }
                        peak = Math.max(peak, (long) (kib * 1024));
                    }
                }
            } catch (IOException | NumberFormatException ended) {
                // jstat ends with the measurement
            }
        }

        long stop() throws InterruptedException {
            jstat.destroy();
            reader.join(2_000);
            return peak;
        }
    }
}
