package org.portverify.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds submission packages for the tests: the demo package of a port, changed as a test needs, as ZIP bytes. */
final class Packages {

    static final List<String> FILES = List.of("manifest.csv", "emissions.csv", "throughput.csv", "milestones.csv",
            "fleet.csv");

    private Packages() {
    }

    /** The bundled demo package of {@code port} (reporting year 2025), file name to text. */
    static Map<String, String> demo(String port) {
        Path folder = Path.of(System.getProperty("portverify.submissions.dir"), "2025", port);
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : FILES) {
            try {
                files.put(file, Files.readString(folder.resolve(file), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The same package refiled for another reporting year (the manifest's reporting_year changed). */
    static Map<String, String> forYear(Map<String, String> files, String port, int year) {
        return with(files, "manifest.csv", text -> text.replace("\n" + port + ",2025,", "\n" + port + "," + year + ","));
    }

    /**
     * The demo package refiled for {@code year} with its data years from 2017 on moved as far as the reporting year
     * (2025 becomes {@code year}); 2005 stays the baseline. The run of that year then has the demo's 2025 figures.
     */
    static Map<String, String> movedTo(Map<String, String> demo, String port, int year) {
        Map<String, String> files = forYear(demo, port, year);
        int shift = year - 2025;
        for (String part : List.of("emissions.csv", "throughput.csv", "fleet.csv")) {
            files = with(files, part, text -> text.lines().map(line -> {
                if (line.length() < 4 || !Character.isDigit(line.charAt(0))) {
                    return line;
                }
                int dataYear = Integer.parseInt(line.substring(0, 4));
                return dataYear >= 2017 ? (dataYear + shift) + line.substring(4) : line;
            }).collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        }
        return files;
    }

    static Map<String, String> with(Map<String, String> files, String file, UnaryOperator<String> change) {
        Map<String, String> changed = new LinkedHashMap<>(files);
        changed.put(file, change.apply(files.get(file)));
        return changed;
    }

    static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
