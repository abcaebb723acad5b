package org.portverify.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.portverify.application.SubmissionView.FindingView;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.qa.FlagLevel;
import org.portverify.domain.metrics.qa.QaFlag;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.reports.tables.CsvWriter;
import org.portverify.reports.tables.CsvWriter.Column;
import org.portverify.reports.tables.SpreadsheetText;

/**
 * The validation report and the progress CSVs go through the {@link CsvWriter} and keep, byte for byte, what Commons
 * CSV (RFC4180 format) wrote for them before.
 */
class CsvAnswersTest {

    /** Odd starts, odd ends, separators, quotes, line breaks, control and non-ASCII characters. */
    private static final String[] TRICKY = {"", " ", "a", " a", "a ", "!x", "\"x", "#x", "$x", "\0x", "x\0", "x\0y",
        "\tx", "x\t", "x\ty", "São", "é ", "~", "x,y", "x\"y", "x\ny", "x\ry", "x\r\n", "x\\y", "-1", "-90%", "'=x",
        "=SUM(A1)", "@x", "+1", "\u001f", "x\u00a0", "\u00a0x", "1E+3", ","};

    private static String commons(String[] header, List<Object[]> rows) throws IOException {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (Object[] row : rows) {
                printer.printRecord(row);
            }
        }
        return csv.toString();
    }

    private static <T> String ours(List<Column<T>> columns, List<T> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvDownload.body(columns, rows).write(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cautiousQuotingIsWhatCommonsCsvWrote() throws IOException {
        Random random = new Random(11);
        List<Object[]> rows = new ArrayList<>();
        for (String a : TRICKY) {
            for (String b : TRICKY) {
                rows.add(new Object[] {a, b, null});
                rows.add(new Object[] {null, a, b});
            }
        }
        for (int i = 0; i < 2000; i++) {
            rows.add(new Object[] {TRICKY[random.nextInt(TRICKY.length)] + TRICKY[random.nextInt(TRICKY.length)],
                random.nextBoolean() ? null : TRICKY[random.nextInt(TRICKY.length)], random.nextInt(100) - 50});
        }
        List<Column<Object[]>> columns = List.of(Column.value("a", r -> r[0]), Column.value("b", r -> r[1]),
                Column.value("c", r -> r[2]));
        assertEquals(commons(new String[] {"a", "b", "c"}, rows), ours(columns, rows));
    }

    @Test
    void theValidationReportKeepsItsBytes() throws IOException {
        List<FindingView> findings = new ArrayList<>();
        for (String text : TRICKY) {
            findings.add(new FindingView("ERROR", "PV-1204", text, 7, text, text, text, text));
            findings.add(new FindingView("WARNING", "PV-1250", "emissions.csv", 0, null, null, "m", null));
        }
        List<Object[]> old = findings.stream().map(f -> new Object[] {f.severity(), f.code(),
            SpreadsheetText.neutralised(f.file()), f.line(), SpreadsheetText.neutralised(f.field()),
            SpreadsheetText.neutralised(f.value()), SpreadsheetText.neutralised(f.message()),
            SpreadsheetText.neutralised(f.rawLine())}).toList();
        assertEquals(commons(new String[] {"severity", "code", "file", "line", "field", "value", "message",
            "raw_line"}, old), ours(SubmissionResource.VALIDATION_REPORT, findings));
    }

    @Test
    void theQualityFlagsKeepTheirBytes() throws IOException {
        List<QaFlag> flags = new ArrayList<>();
        for (String text : TRICKY) {
            flags.add(new QaFlag(FlagLevel.INFO, ErrorCode.QA_ROSE_SINCE_BASELINE, Scope.POLA, null,
                    Pollutant.values()[0], 2024, new BigDecimal("-1.50"), text));
            flags.add(new QaFlag(FlagLevel.INFO, ErrorCode.QA_DATA_YEAR_MISSING, Scope.SAN_PEDRO_BAY,
                    SourceCategory.OGV, Pollutant.values()[1], 2023, null, text));
        }
        List<Object[]> old = flags.stream().map(f -> new Object[] {f.level(), f.code().code(), f.scope(),
            Objects.toString(f.category(), "ALL"), f.pollutant().code(), f.dataYear(),
            f.value() == null ? null : f.value().stripTrailingZeros().toPlainString(),
            SpreadsheetText.neutralised(f.message())}).toList();
        assertEquals(commons(new String[] {"level", "code", "scope", "category", "pollutant", "data_year", "value",
            "message"}, old), ours(ProgressResource.QA_FLAGS, flags));
    }

    private static List<String> headings(List<? extends Column<?>> columns) {
        return columns.stream().map(Column::heading).toList();
    }

    /** The headings the five progress CSVs have always had; new columns only ever come last (metrics: caveat). */
    @Test
    void theProgressCsvsKeepTheirHeadings() {
        assertEquals(Arrays.asList("scope", "category", "pollutant", "data_year", "unit", "tons", "baseline_2005_tons",
                "reduction_vs_2005", "teu", "tons_per_10k_teu", "efficiency_reduction_vs_2005", "tons_2017",
                "reduction_vs_2017", "efficiency_reduction_vs_2017", "reduction_issue", "efficiency_issue", "caveat"),
                headings(ProgressResource.METRICS));
        assertEquals(List.of("target", "label", "scope", "basis", "data_year", "status", "reduction",
                "margin_points", "issue"), headings(ProgressResource.STANDARDS));
        assertEquals(List.of("level", "code", "scope", "category", "pollutant", "data_year", "value", "message"),
                headings(ProgressResource.QA_FLAGS));
        assertEquals(List.of("scope", "category", "data_year", "ze_units", "total_units", "share", "goal",
                "goal_year", "status", "years_to_goal", "gap", "required_gain_per_year", "issue"),
                headings(ProgressResource.ZERO_EMISSION));
        assertEquals(List.of("scope", "category", "pollutant", "measure", "unit", "status", "issue", "points",
                "method", "method_reason", "outlier_years", "slope", "intercept", "r_squared", "slope_low_95",
                "slope_high_95", "ols_slope", "ols_slope_low_95", "ols_slope_high_95", "theil_sen_slope", "goal",
                "goal_value", "goal_issue", "projection_status", "projection_year", "projection_earliest_year",
                "projection_latest_year", "projection_by_deadline", "projection"), headings(ProgressResource.TRENDS));
    }

    /** Text columns are exactly those the resources neutralised before; the rest are written as they are. */
    @Test
    void onlyTheTextColumnsAreNeutralised() {
        assertEquals(List.of("file", "field", "value", "message", "raw_line"),
                textColumns(SubmissionResource.VALIDATION_REPORT));
        assertEquals(List.of("caveat"), textColumns(ProgressResource.METRICS));
        assertEquals(List.of("label"), textColumns(ProgressResource.STANDARDS));
        assertEquals(List.of("message"), textColumns(ProgressResource.QA_FLAGS));
        assertEquals(List.of(), textColumns(ProgressResource.ZERO_EMISSION));
        assertEquals(List.of("unit", "method_reason", "projection"), textColumns(ProgressResource.TRENDS));
    }

    private static List<String> textColumns(List<? extends Column<?>> columns) {
        return columns.stream().filter(Column::text).map(Column::heading).toList();
    }
}
