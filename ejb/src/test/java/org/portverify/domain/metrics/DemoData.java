package org.portverify.domain.metrics;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.portverify.domain.metrics.ReductionCalculator.PortInventory;
import org.portverify.domain.metrics.goals.ZeroEmissionShares.PortFleet;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.FleetFigure;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.domain.submission.RecordRules;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.SubmissionPart;
import org.portverify.domain.submission.Throughput;
import org.portverify.infrastructure.files.CsvRecordCursor;
import org.portverify.infrastructure.files.RecordCursor;

/**
 * The illustrative demo submissions (demo-data/submissions/2025) read through {@link RecordRules}, as the ingest
 * would accept them: the inputs that reproduce the published headline figures (demo-data/README.md).
 */
public final class DemoData {

    public static final int REPORTING_YEAR = 2025;

    private DemoData() {
    }

    /** Both ports' emission figures and TEU, in port order. */
    public static List<PortInventory> inventories() {
        List<PortInventory> inventories = new ArrayList<>();
        for (Port port : Port.values()) {
            Path folder = submissions().resolve(port.name());
            List<InventoryFigure> figures = read(folder, SubmissionPart.EMISSIONS).stream()
                    .map(r -> RecordRules.emission(r, REPORTING_YEAR)).toList();
            List<Throughput> throughput = read(folder, SubmissionPart.THROUGHPUT).stream()
                    .map(r -> RecordRules.throughput(r, REPORTING_YEAR)).toList();
            inventories.add(new PortInventory(port, figures, throughput));
        }
        return inventories;
    }

    /** Both ports' zero-emission fleet figures, in port order. */
    public static List<PortFleet> fleets() {
        List<PortFleet> fleets = new ArrayList<>();
        for (Port port : Port.values()) {
            List<FleetFigure> figures = read(submissions().resolve(port.name()), SubmissionPart.FLEET).stream()
                    .map(r -> RecordRules.fleet(r, REPORTING_YEAR)).toList();
            fleets.add(new PortFleet(port, figures));
        }
        return fleets;
    }

    /** Every record of one part of a demo package, read by the ingest's own cursor. */
    public static List<SourceRecord> read(Path folder, SubmissionPart part) {
        try (RecordCursor cursor = CsvRecordCursor.open(
                Files.newBufferedReader(folder.resolve(part.fileName()), StandardCharsets.UTF_8), part, 0L, 0)) {
            List<SourceRecord> records = new ArrayList<>();
            for (SourceRecord record = cursor.next(); record != null; record = cursor.next()) {
                records.add(record);
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** demo-data/submissions/2025, found from the working directory (the ejb module under Maven) upwards. */
    public static Path submissions() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("demo-data").resolve("submissions").resolve(String.valueOf(REPORTING_YEAR));
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return fail("demo-data/submissions/2025 not found above " + Path.of("").toAbsolutePath());
    }
}
