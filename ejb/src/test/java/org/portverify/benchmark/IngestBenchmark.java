package org.portverify.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.RecordRejected;
import org.portverify.domain.submission.RecordRules;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.SubmissionPart;
import org.portverify.infrastructure.files.RecordCursor;
import org.portverify.infrastructure.files.SubmissionFolder;

/**
 * Benchmark of the ingest's read-and-validate path (docs/benchmarks.md): writes a synthetic package of N emission
 * rows, streams every record through the same cursor and rules the ingest step uses, and prints rows per second and
 * the peak heap. Run it at two sizes with the same small -Xmx: a bounded peak that does not grow with N shows the
 * input is streamed, never loaded.
 *
 * <p>Arguments: rows [work folder]. Not a test: nothing here asserts a time.
 */
public final class IngestBenchmark {

    private static final int REPORTING_YEAR = 2025;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        Path root = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("portverify-benchmark");
        Path folder = root.resolve(String.valueOf(REPORTING_YEAR)).resolve(Port.POLA.name());
        writePackage(folder, rows);
        resetPeaks();

        long started = System.nanoTime();
        long accepted = 0;
        long refused = 0;
        SubmissionFolder submission = SubmissionFolder.of(root, REPORTING_YEAR, Port.POLA);
        try (RecordCursor cursor = submission.open(SubmissionPart.EMISSIONS, 1, 0)) {
            for (SourceRecord record = cursor.next(); record != null; record = cursor.next()) {
                try {
                    RecordRules.emission(record, REPORTING_YEAR);
                    accepted++;
                } catch (RecordRejected rejected) {
                    refused++;
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "rows=%d accepted=%d refused=%d seconds=%.2f rowsPerSecond=%.0f "
                        + "peakHeapMiB=%.1f maxHeapMiB=%.0f file=%s%n", rows, accepted, refused, seconds,
                (accepted + refused) / seconds, peakHeap() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, folder.resolve("emissions.csv"));
    }

    /** One row per (data year, category, pollutant, synthetic sub-series), every 1,000th row deliberately bad. */
    private static void writePackage(Path folder, long rows) throws IOException {
        Files.createDirectories(folder);
        List<SourceCategory> categories = SourceCategory.sources();
        List<Pollutant> pollutants = List.of(Pollutant.values());
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("emissions.csv"), StandardCharsets.UTF_8)) {
            out.write(String.join(",", SubmissionPart.EMISSIONS.header()));
            out.write('\n');
            for (long i = 0; i < rows; i++) {
                Pollutant pollutant = pollutants.get((int) (i % pollutants.size()));
                SourceCategory category = categories.get((int) ((i / pollutants.size()) % categories.size()));
                int year = 2005 + (int) (i % 21);
                String value = i % 1000 == 999 ? "-1" : String.valueOf(1 + (i % 9973) / 10.0);
                out.write(row(year, category, pollutant, value));
                out.write('\n');
            }
        }
    }

    private static String row(int year, SourceCategory category, Pollutant pollutant, String value) {
        // Follows the emissions header, whatever optional columns it has: unknown columns stay empty.
        StringBuilder line = new StringBuilder();
        for (String column : SubmissionPart.EMISSIONS.header()) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(switch (column) {
                case "data_year" -> String.valueOf(year);
                case "category" -> category.code();
                case "pollutant" -> pollutant.code();
                case "value" -> value;
                case "unit" -> pollutant.reportingUnit().code();
                default -> "";
            });
        }
        return line.toString();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
