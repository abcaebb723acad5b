package org.portverify.domain.submission;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.portverify.domain.error.ErrorCode;

/**
 * One row of {@code corpus/bad-packages.csv}: the base package ({@code corpus/base/}) with one change to one file,
 * and the one finding that change must give.
 *
 * <p>The change to {@code file}: when {@code content} is {@code <no-file>}, the file is left out of the package
 * ({@code line} empty); when it is {@code <delete>}, line {@code line} is removed (the lines after it move up one);
 * when {@code line} is 0, {@code content} is appended as a new last line; otherwise line {@code line} is replaced by
 * {@code content}. Lines count from 1, the header included, as in every finding. The content column is always
 * quoted (RFC 4180: a quote inside it is doubled). A rule that needs several lines changed together (a header and
 * its row, three gases of one figure) gives {@code line} as a range {@code N-M}, replaced (or deleted) as a whole,
 * and {@code content} several lines (line breaks inside the quotes), appended or put in their place together.
 * corpus/README.md describes every column.
 *
 * @param name     the case, {@code <file>-<what is wrong>}
 * @param part     the file changed
 * @param line     the (first) line changed, 0 to append, null with {@code <no-file>}
 * @param lastLine the last line changed: {@code line} unless a range is given
 * @param content  the new line or lines, {@code <delete>} or {@code <no-file>}
 * @param expected the exact finding: severity, code, file, line, field
 */
record BadPackage(String name, SubmissionPart part, Integer line, Integer lastLine, String content,
                  Expected expected) {

    static final String DELETE = "<delete>";
    static final String NO_FILE = "<no-file>";

    /** The finding a case expects, or a finding's comparable part: all but the message. */
    record Expected(Severity severity, String code, String file, long line, String field) {

        static Expected of(Finding finding) {
            return new Expected(finding.severity(), finding.code().code(), finding.fileName(), finding.line(),
                    finding.field());
        }
    }

    /** The corpus folder on the test class path. */
    static Path corpus() {
        URL url = BadPackage.class.getResource("/corpus");
        if (url == null) {
            throw new IllegalStateException("corpus/ is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of {@code corpus/bad-packages.csv}, in file order. */
    static List<BadPackage> all() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(corpus().resolve("bad-packages.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames();
            List<String> columns = List.of("case", "file", "line", "content", "expected_severity", "expected_code",
                    "expected_file", "expected_line", "expected_field");
            if (!header.equals(columns)) {
                throw new IllegalStateException("bad-packages.csv header must be " + columns + " but is " + header);
            }
            List<BadPackage> cases = new ArrayList<>();
            for (CSVRecord row : parser) {
                cases.add(of(row));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BadPackage of(CSVRecord row) {
        if (!row.isConsistent()) {
            throw new IllegalStateException("bad-packages.csv record " + row.getRecordNumber()
                    + " has " + row.size() + " fields");
        }
        String line = row.get("line");
        String content = row.get("content");
        if (NO_FILE.equals(content) != line.isEmpty()) {
            throw new IllegalStateException(row.get("case") + ": line is empty exactly when content is " + NO_FILE);
        }
        ErrorCode code = codeOf(row.get("expected_code"));
        String[] range = line.split("-", 2);
        Integer first = line.isEmpty() ? null : Integer.valueOf(range[0]);
        Integer last = range.length == 2 ? Integer.valueOf(range[1]) : first;
        return new BadPackage(row.get("case"), SubmissionPart.ofFile(row.get("file")), first, last, content,
                new Expected(Severity.valueOf(row.get("expected_severity")), code.code(), row.get("expected_file"),
                        Long.parseLong(row.get("expected_line")), row.get("expected_field")));
    }

    private static ErrorCode codeOf(String code) {
        for (ErrorCode candidate : ErrorCode.values()) {
            if (candidate.code().equals(code)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("No error code " + code);
    }

    /** Writes the base package as a ZIP of its CSV files at the archive root. */
    static Path writeBaseZip(Path zipFile) throws IOException {
        return zip(zipFile, null);
    }

    /** Writes this bad package as a ZIP of the CSV files (one fewer with {@code <no-file>}) at the archive root. */
    Path writeZip(Path zipFile) throws IOException {
        return zip(zipFile, this);
    }

    private static Path zip(Path zipFile, BadPackage change) throws IOException {
        Path base = corpus().resolve("base");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            for (SubmissionPart part : SubmissionPart.values()) {
                List<String> lines = Files.readAllLines(base.resolve(part.fileName()), StandardCharsets.UTF_8);
                if (change != null && change.part() == part) {
                    if (NO_FILE.equals(change.content())) {
                        // an optional part left out is a package without it, which no case expects a finding of
                        continue;
                    }
                    lines = change.changed(lines);
                }
                zip.putNextEntry(new ZipEntry(part.fileName()));
                zip.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return zipFile;
    }

    private List<String> changed(List<String> lines) {
        List<String> result = new ArrayList<>(lines);
        List<String> added = List.of(content.split("\\R", -1));
        if (line == 0) {
            result.addAll(added);
        } else if (line < 1 || lastLine < line || lastLine > lines.size()) {
            throw new IllegalStateException(name + ": " + part.fileName() + " has no lines " + line + " to "
                    + lastLine);
        } else {
            List<String> changed = result.subList(line - 1, lastLine);
            changed.clear();
            if (!DELETE.equals(content)) {
                changed.addAll(added);
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return name;
    }
}
