package org.portverify.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** The demo files have no quoted fields, so a plain split is a faithful reader for them. */
    private static List<SourceRecord> read(Path folder, SubmissionPart part) {
        List<String> lines;
        try {
            lines = Files.readAllLines(folder.resolve(part.fileName()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(String.join(",", part.header()), lines.get(0), part.fileName() + " header");
        List<SourceRecord> records = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                records.add(new SourceRecord(0L, part, i + 1, Arrays.asList(lines.get(i).split(",", -1)),
                        lines.get(i)));
            }
        }
        return records;
    }

    /** demo-data/submissions/2025, found from the working directory (the ejb module under Maven) upwards. */
    private static Path submissions() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("demo-data").resolve("submissions").resolve(String.valueOf(REPORTING_YEAR));
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return fail("demo-data/submissions/2025 not found above " + Path.of("").toAbsolutePath());
    }
}
