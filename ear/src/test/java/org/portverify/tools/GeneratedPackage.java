package org.portverify.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A large, valid-looking POLA package made from the demo package: its emissions, TEU and fleet as they are, and
 * {@code rows} milestones with ids of their own (milestones are the one part whose keys are not bounded by years,
 * categories and pollutants, so every line can be a distinct accepted record). Every 500th milestone line has a
 * status no rule knows (refused by the record rules, kept with its line) and every 20,000th repeats the id of the
 * line before (refused by the package rules as a duplicate). Deterministic: the same arguments give the same bytes.
 */
final class GeneratedPackage {

    static final int REFUSED_EVERY = 500;
    static final int DUPLICATE_EVERY = 20_000;

    private GeneratedPackage() {
    }

    static Path write(Path demoFolder, int reportingYear, int rows, Path zip) throws IOException {
        Files.createDirectories(zip.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "manifest.csv", Files.readString(demoFolder.resolve("manifest.csv"))
                    .replace("\nPOLA,2025,", "\nPOLA," + reportingYear + ","));
            for (String part : List.of("emissions.csv", "throughput.csv", "fleet.csv")) {
                entry(out, part, Files.readString(demoFolder.resolve(part)));
            }
            List<String> demo = Files.readAllLines(demoFolder.resolve("milestones.csv"));
            out.putNextEntry(fixed("milestones.csv"));
            write(out, demo.get(0) + "\n");
            String[] template = demo.get(1).split(",", -1);
            StringBuilder lines = new StringBuilder();
            for (int i = 1; i <= rows; i++) {
                String[] fields = template.clone();
                fields[2] = "GEN-" + (i % DUPLICATE_EVERY == 0 ? i - 1 : i);
                if (i % REFUSED_EVERY == 0) {
                    fields[7] = "NOT_A_STATUS";
                }
                lines.append(String.join(",", fields)).append('\n');
                if (lines.length() > 1 << 16) {
                    write(out, lines.toString());
                    lines.setLength(0);
                }
            }
            write(out, lines.toString());
            out.closeEntry();
        }
        return zip;
    }

    /**
     * A package of {@code rows} emission lines, as an export with repeated sheets looks: the demo's lines cycled over
     * every data year from 2005 to the reporting year (so the first few thousand lines are distinct keys and the rest
     * repeat them: duplicates), every 1,000th line with a value that is not a number (refused by the record rules);
     * TEU, milestones and fleet as in the demo.
     */
    static Path emissions(Path demoFolder, int reportingYear, long rows, Path zip) throws IOException {
        Files.createDirectories(zip.getParent());
        List<String> demo = Files.readAllLines(demoFolder.resolve("emissions.csv"));
        List<String> body = demo.subList(1, demo.size()).stream().filter(l -> !l.isBlank()).toList();
        int years = reportingYear - 2005 + 1;
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "manifest.csv", Files.readString(demoFolder.resolve("manifest.csv"))
                    .replace("\nPOLA,2025,", "\nPOLA," + reportingYear + ","));
            for (String part : List.of("throughput.csv", "milestones.csv", "fleet.csv")) {
                entry(out, part, Files.readString(demoFolder.resolve(part)));
            }
            out.putNextEntry(fixed("emissions.csv"));
            write(out, demo.get(0) + "\n");
            StringBuilder lines = new StringBuilder();
            for (long i = 0; i < rows; i++) {
                String[] fields = body.get((int) (i % body.size())).split(",", -1);
                fields[0] = String.valueOf(2005 + (i / body.size()) % years);
                if ((i + 1) % 1_000 == 0) {
                    fields[4] = "n/a";
                }
                lines.append(String.join(",", fields)).append('\n');
                if (lines.length() > 1 << 16) {
                    write(out, lines.toString());
                    lines.setLength(0);
                }
            }
            write(out, lines.toString());
            out.closeEntry();
        }
        return zip;
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(fixed(name));
        write(out, text);
        out.closeEntry();
    }

    private static ZipEntry fixed(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        return entry;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
