package org.portverify.domain.submission;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.model.Coded;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;

/**
 * Validation of one submitted record: turns a {@link SourceRecord} into an {@link InventoryFigure} or a
 * {@link Throughput}, or refuses it with the first rule it breaks.
 */
public final class RecordRules {

    /** The CAAP baseline year; no inventory figure may be older. */
    public static final int BASELINE_YEAR = 2005;

    private RecordRules() {
    }

    public static InventoryFigure emission(SourceRecord record, int reportingYear) {
        requireFieldCount(record);
        int dataYear = dataYear(record, reportingYear);
        String categoryCode = record.value("category");
        SourceCategory category = SourceCategory.fromCode(categoryCode).orElseThrow(() -> new RecordRejected(
                ErrorCode.UNKNOWN_CATEGORY, "category", categoryCode, codes(SourceCategory.values())));
        String pollutantCode = record.value("pollutant");
        Pollutant pollutant = Pollutant.fromCode(pollutantCode).orElseThrow(() -> new RecordRejected(
                ErrorCode.UNKNOWN_POLLUTANT, "pollutant", pollutantCode, codes(Pollutant.values())));
        BigDecimal value = decimal(record.value("value"));
        String unitCode = record.value("unit");
        if (unitCode.isEmpty()) {
            throw new RecordRejected(ErrorCode.UNIT_MISSING, "unit");
        }
        MassUnit unit = MassUnit.fromCode(unitCode).orElseThrow(() -> new RecordRejected(
                ErrorCode.UNKNOWN_UNIT, "unit", unitCode, codes(MassUnit.values())));
        return new InventoryFigure(record.submissionId(), dataYear, category, pollutant, value, unit, record.line());
    }

    public static Throughput throughput(SourceRecord record, int reportingYear) {
        requireFieldCount(record);
        int dataYear = dataYear(record, reportingYear);
        String text = record.value("teu");
        long teu;
        try {
            teu = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RecordRejected(ErrorCode.TEU_NOT_A_NUMBER, "teu", text);
        }
        if (teu <= 0) {
            throw new RecordRejected(ErrorCode.TEU_NOT_POSITIVE, "teu", text);
        }
        return new Throughput(record.submissionId(), dataYear, teu, record.line());
    }

    private static void requireFieldCount(SourceRecord record) {
        int expected = record.part().header().size();
        if (record.values().size() != expected) {
            throw new RecordRejected(ErrorCode.WRONG_FIELD_COUNT, "(record)", expected, record.values().size());
        }
    }

    private static int dataYear(SourceRecord record, int reportingYear) {
        String text = record.value("data_year");
        int year;
        try {
            year = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new RecordRejected(ErrorCode.DATA_YEAR_NOT_A_YEAR, "data_year", text);
        }
        if (year > reportingYear) {
            throw new RecordRejected(ErrorCode.DATA_YEAR_AFTER_REPORTING_YEAR, "data_year", year, reportingYear);
        }
        if (year < BASELINE_YEAR) {
            throw new RecordRejected(ErrorCode.DATA_YEAR_BEFORE_BASELINE, "data_year", year);
        }
        return year;
    }

    private static BigDecimal decimal(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new RecordRejected(ErrorCode.VALUE_NOT_A_NUMBER, "value", text);
        }
        if (value.signum() < 0) {
            throw new RecordRejected(ErrorCode.VALUE_NEGATIVE, "value", text);
        }
        return value;
    }

    private static String codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).collect(Collectors.joining(", "));
    }
}
