package org.portverify.domain.submission;

import java.math.BigDecimal;
import java.util.List;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.portverify.domain.agreement.AgreementCategory;
import org.portverify.domain.agreement.AgreementPhase;
import org.portverify.domain.agreement.CooperativeAgreement;
import org.portverify.domain.agreement.Milestone;
import org.portverify.domain.agreement.MilestoneKind;
import org.portverify.domain.agreement.MilestoneStatus;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.model.CapacityUnit;
import org.portverify.domain.model.Coded;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.model.SubCategory;

/**
 * Validation of one submitted record: turns a {@link SourceRecord} into an {@link InventoryFigure}, a
 * {@link Throughput}, a {@link Milestone}, a {@link FleetFigure} or a {@link ClaimedFigure}, or refuses it with the
 * first rule it breaks.
 * Fields are checked in header order and the first rule broken wins; the refusal names the field to correct.
 */
public final class RecordRules {

    /** The CAAP baseline year; no inventory figure may be older. */
    public static final int BASELINE_YEAR = 2005;

    /** Longest title or reference a milestone may carry (the column width). */
    static final int MAX_TEXT = 500;

    /** Decimal places a value or capacity is stored with (columns numeric(24, 9)): more are refused, never rounded. */
    static final int DECIMAL_SCALE = 9;

    /** Digits before the decimal point those columns hold (24 - 9). */
    static final int DECIMAL_INTEGER_DIGITS = 15;

    /** A claimed change cannot be a fall of more than all the emissions. */
    private static final BigDecimal MINUS_100 = BigDecimal.valueOf(-100);

    private static final Pattern MILESTONE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private RecordRules() {
    }

    /**
     * Validates a record of any record part for a version of {@code reportingYear}: the accepted figure, or
     * {@link RecordRejected} with the reason.
     */
    public static Object validate(SourceRecord record, int reportingYear) {
        return switch (record.part()) {
            case EMISSIONS -> emission(record, reportingYear);
            case THROUGHPUT -> throughput(record, reportingYear);
            case MILESTONES -> milestone(record, reportingYear);
            case FLEET -> fleet(record, reportingYear);
            case CLAIMS -> claim(record, reportingYear);
            case MANIFEST -> throw new IllegalArgumentException("The manifest is not ingested record by record");
        };
    }

    public static InventoryFigure emission(SourceRecord record, int reportingYear) {
        requireFieldCount(record);
        int dataYear = dataYear(record, reportingYear);
        SourceCategory category = sourceCategory(record);
        SubCategory subCategory = subCategory(record, category);
        Pollutant pollutant = pollutant(record);
        BigDecimal value = decimal(record, record.value("value"));
        String unitCode = record.value("unit");
        if (unitCode.isEmpty()) {
            throw new RecordRejected(record, ErrorCode.UNIT_MISSING, "unit");
        }
        MassUnit unit = Coded.fromCode(MassUnit.class, unitCode)
                .orElseThrow(() -> new RecordRejected(record, ErrorCode.UNKNOWN_UNIT, "unit", unitCode,
                        codes(MassUnit.values())));
        return new InventoryFigure(record.submissionId(), dataYear, category, subCategory, pollutant, value, unit,
                record.line());
    }

    public static Throughput throughput(SourceRecord record, int reportingYear) {
        requireFieldCount(record);
        int dataYear = dataYear(record, reportingYear);
        String text = record.value("teu");
        long teu;
        try {
            teu = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RecordRejected(record, ErrorCode.TEU_NOT_A_NUMBER, "teu", text);
        }
        if (teu <= 0) {
            throw new RecordRejected(record, ErrorCode.TEU_NOT_POSITIVE, "teu", text);
        }
        return new Throughput(record.submissionId(), dataYear, teu, record.line());
    }

    /**
     * A milestone of the agreement. Its dates lie between the agreement's approval and, for a completion, the end of
     * the reporting year. A completed milestone names its evidence. A milestone declared outside the port's control
     * names its flexibility reference once it matters: when it is late by the end of the reporting year (completed
     * after its due date, or not completed although due) or the port itself reports it DELAYED. An on-time or
     * future milestone needs no excuse, whoever controls it.
     */
    public static Milestone milestone(SourceRecord record, int reportingYear) {
        requireFieldCount(record);
        String phaseCode = record.value("phase");
        AgreementPhase phase = Coded.fromCode(AgreementPhase.class, phaseCode)
                .orElseThrow(() -> new RecordRejected(record, ErrorCode.UNKNOWN_PHASE, "phase", phaseCode));
        String categoryCode = record.value("category");
        AgreementCategory category = Coded.fromCode(AgreementCategory.class, categoryCode)
                .orElseThrow(() -> new RecordRejected(record, ErrorCode.UNKNOWN_AGREEMENT_CATEGORY, "category",
                        categoryCode, codes(AgreementCategory.values())));
        if (category.phase() != phase) {
            throw new RecordRejected(record, ErrorCode.CATEGORY_IN_WRONG_PHASE, "phase", category.code(),
                    category.phase().number(), phase.number());
        }
        String milestoneId = record.value("milestone_id");
        if (!MILESTONE_ID.matcher(milestoneId).matches()) {
            throw new RecordRejected(record, ErrorCode.MILESTONE_ID_INVALID, "milestone_id", milestoneId);
        }
        String kindCode = record.value("kind");
        MilestoneKind kind = Coded.fromCode(MilestoneKind.class, kindCode)
                .orElseThrow(() -> new RecordRejected(record, ErrorCode.UNKNOWN_MILESTONE_KIND, "kind", kindCode,
                        codes(MilestoneKind.values())));
        String title = record.value("title");
        if (title.isEmpty()) {
            throw new RecordRejected(record, ErrorCode.TITLE_MISSING, "title");
        }
        requireLength(record, title, "title");
        LocalDate due = date(record, "due_date");
        if (due == null) {
            throw new RecordRejected(record, ErrorCode.DUE_DATE_MISSING, "due_date");
        }
        LocalDate completed = date(record, "completed_date");
        LocalDate periodEnd = LocalDate.of(reportingYear, 12, 31);
        if (completed != null && completed.isAfter(periodEnd)) {
            throw new RecordRejected(record, ErrorCode.COMPLETED_AFTER_REPORTING_YEAR, "completed_date", completed,
                    reportingYear);
        }
        String statusCode = record.value("status");
        MilestoneStatus status = Coded.fromCode(MilestoneStatus.class, statusCode)
                .orElseThrow(() -> new RecordRejected(record, ErrorCode.UNKNOWN_MILESTONE_STATUS, "status",
                        statusCode, codes(MilestoneStatus.values())));
        if (status == MilestoneStatus.COMPLETED && completed == null) {
            throw new RecordRejected(record, ErrorCode.COMPLETED_DATE_MISSING, "completed_date");
        }
        if (status != MilestoneStatus.COMPLETED && completed != null) {
            throw new RecordRejected(record, ErrorCode.COMPLETED_DATE_NOT_COMPLETED, "status", completed,
                    status.code());
        }
        boolean withinPortControl = yesNo(record, record.value("within_port_control"));
        String flexibilityRef = record.value("flexibility_ref");
        requireLength(record, flexibilityRef, "flexibility_ref");
        if (!withinPortControl && flexibilityRef.isEmpty()) {
            boolean late = Milestone.isLate(due, completed, periodEnd);
            if (late || status == MilestoneStatus.DELAYED) {
                throw new RecordRejected(record, ErrorCode.FLEXIBILITY_REFERENCE_MISSING, "flexibility_ref",
                        milestoneId, late ? "late (due " + due + ")" : "reported DELAYED");
            }
        }
        String evidenceRef = record.value("evidence_ref");
        requireLength(record, evidenceRef, "evidence_ref");
        if (status == MilestoneStatus.COMPLETED && evidenceRef.isEmpty()) {
            throw new RecordRejected(record, ErrorCode.EVIDENCE_REFERENCE_MISSING, "evidence_ref", milestoneId);
        }
        return new Milestone(record.submissionId(), category, milestoneId, kind, title, due, completed, status,
                withinPortControl, emptyToNull(flexibilityRef), emptyToNull(evidenceRef), record.line());
    }

    /** Zero-emission fleet and infrastructure of one source category at the end of a data year. */
    public static FleetFigure fleet(SourceRecord record, int reportingYear) {
        requireFieldCount(record);
        int dataYear = dataYear(record, reportingYear);
        SourceCategory category = sourceCategory(record);
        if (!category.isSource()) {
            // a fleet is counted per source category; ALL exists for emission totals only
            throw new RecordRejected(record, ErrorCode.UNKNOWN_CATEGORY, "category", category.code(),
                    codes(SourceCategory.sources().toArray(SourceCategory[]::new)));
        }
        long zeUnits = count(record, "ze_units");
        long totalUnits = count(record, "total_units");
        if (zeUnits > totalUnits) {
            throw new RecordRejected(record, ErrorCode.ZE_UNITS_EXCEED_TOTAL, "ze_units", zeUnits, totalUnits);
        }
        long chargers = count(record, "chargers");
        String capacityText = record.value("capacity");
        BigDecimal capacity;
        try {
            capacity = new BigDecimal(capacityText);
        } catch (NumberFormatException e) {
            throw new RecordRejected(record, ErrorCode.CAPACITY_NOT_A_NUMBER, "capacity", capacityText);
        }
        if (capacity.signum() < 0) {
            throw new RecordRejected(record, ErrorCode.CAPACITY_NEGATIVE, "capacity", capacityText);
        }
        capacity = storable(record, "capacity", capacityText, capacity);
        String unitCode = record.value("capacity_unit");
        if (unitCode.isEmpty()) {
            throw new RecordRejected(record, ErrorCode.CAPACITY_UNIT_MISSING, "capacity_unit",
                    codes(CapacityUnit.values()).replace(", ", " or "));
        }
        CapacityUnit unit = Coded.fromCode(CapacityUnit.class, unitCode)
                .orElseThrow(() -> new RecordRejected(record, ErrorCode.UNKNOWN_CAPACITY_UNIT, "capacity_unit",
                        unitCode, codes(CapacityUnit.values())));
        return new FleetFigure(record.submissionId(), dataYear, category, zeUnits, totalUnits, chargers, capacity,
                unit, record.line());
    }

    /**
     * A headline figure the port publishes: about itself or San Pedro Bay, a source category or ALL, a pollutant and
     * a data year, and a measure with its value as published. The value is kept as written (its decimals say how
     * precisely it was published); only what no inventory can mean is refused: negative tons, a fall of more than
     * 100 %.
     */
    public static ClaimedFigure claim(SourceRecord record, int reportingYear) {
        requireFieldCount(record);
        String scopeCode = record.value("scope");
        ClaimScope scope = Coded.fromCode(ClaimScope.class, scopeCode)
                .orElseThrow(() -> new RecordRejected(record, ErrorCode.UNKNOWN_CLAIM_SCOPE, "scope", scopeCode));
        SourceCategory category = sourceCategory(record);
        Pollutant pollutant = pollutant(record);
        int dataYear = dataYear(record, reportingYear);
        String measureCode = record.value("measure");
        ClaimMeasure measure = Coded.fromCode(ClaimMeasure.class, measureCode)
                .orElseThrow(() -> new RecordRejected(record, ErrorCode.UNKNOWN_CLAIM_MEASURE, "measure",
                        measureCode, codes(ClaimMeasure.values())));
        String text = record.value("value");
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new RecordRejected(record, ErrorCode.CLAIM_VALUE_NOT_A_NUMBER, "value", text);
        }
        if (measure.percentage() && value.compareTo(MINUS_100) < 0) {
            throw new RecordRejected(record, ErrorCode.CLAIM_CHANGE_BELOW_MINUS_100, "value", measure.displayName(),
                    text);
        }
        if (!measure.percentage() && value.signum() < 0) {
            throw new RecordRejected(record, ErrorCode.CLAIM_TONS_NEGATIVE, "value", measure.displayName(), text);
        }
        value = storable(record, "value", text, value);
        return new ClaimedFigure(record.submissionId(), scope, category, pollutant, dataYear, measure, value,
                record.line());
    }

    /** Undecodable bytes reach the rules as U+FFFD (the readers replace them), so the one line is refused. */
    private static final char REPLACEMENT = '\uFFFD';

    private static void requireFieldCount(SourceRecord record) {
        for (int i = 0; i < record.values().size(); i++) {
            if (record.values().get(i).indexOf(REPLACEMENT) >= 0) {
                List<String> header = record.part().header();
                throw new RecordRejected(record, ErrorCode.NOT_UTF8, i < header.size() ? header.get(i) : "(record)",
                        i < header.size() ? header.get(i) : "(record)");
            }
        }
        int expected = record.columns();
        if (record.values().size() != expected) {
            throw new RecordRejected(record, ErrorCode.WRONG_FIELD_COUNT, "(record)", expected, record.values().size());
        }
    }

    private static int dataYear(SourceRecord record, int reportingYear) {
        String text = record.value("data_year");
        int year;
        try {
            year = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new RecordRejected(record, ErrorCode.DATA_YEAR_NOT_A_YEAR, "data_year", text);
        }
        if (year > reportingYear) {
            throw new RecordRejected(record, ErrorCode.DATA_YEAR_AFTER_REPORTING_YEAR, "data_year", year,
                    reportingYear);
        }
        if (year < BASELINE_YEAR) {
            throw new RecordRejected(record, ErrorCode.DATA_YEAR_BEFORE_BASELINE, "data_year", year);
        }
        return year;
    }

    private static SourceCategory sourceCategory(SourceRecord record) {
        String code = record.value("category");
        return Coded.fromCode(SourceCategory.class, code).orElseThrow(() -> new RecordRejected(record,
                ErrorCode.UNKNOWN_CATEGORY, "category", code, codes(SourceCategory.values())));
    }

    private static Pollutant pollutant(SourceRecord record) {
        String code = record.value("pollutant");
        return Coded.fromCode(Pollutant.class, code).orElseThrow(() -> new RecordRejected(record,
                ErrorCode.UNKNOWN_POLLUTANT, "pollutant", code, codes(Pollutant.values())));
    }

    /** Empty means the category as a whole (or the part of it not reported separately). */
    private static SubCategory subCategory(SourceRecord record, SourceCategory category) {
        String code = record.value("sub_category");
        if (code.isEmpty()) {
            return null;
        }
        SubCategory subCategory = Coded.fromCode(SubCategory.class, code)
                .orElseThrow(() -> new RecordRejected(record, ErrorCode.UNKNOWN_SUB_CATEGORY, "sub_category", code,
                        codes(SubCategory.values())));
        if (subCategory.category() != category) {
            throw new RecordRejected(record, ErrorCode.SUB_CATEGORY_OF_ANOTHER_CATEGORY, "sub_category", code,
                    subCategory.category().code(), category.code());
        }
        return subCategory;
    }

    private static BigDecimal decimal(SourceRecord record, String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new RecordRejected(record, ErrorCode.VALUE_NOT_A_NUMBER, "value", text);
        }
        if (value.signum() < 0) {
            throw new RecordRejected(record, ErrorCode.VALUE_NEGATIVE, "value", text);
        }
        return storable(record, "value", text, value);
    }

    /**
     * The number exactly as it will be stored: more decimal places than the column keeps (trailing zeros aside) or
     * more digits before the point ({@code 1e308}) refuse the record instead of being rounded or overflowing.
     */
    private static BigDecimal storable(SourceRecord record, String field, String text, BigDecimal value) {
        BigDecimal exact = value.stripTrailingZeros();
        if (exact.scale() > DECIMAL_SCALE) {
            throw new RecordRejected(record, ErrorCode.DECIMAL_TOO_PRECISE, field, text, exact.scale(),
                    DECIMAL_SCALE);
        }
        long integerDigits = (long) exact.precision() - exact.scale();
        if (integerDigits > DECIMAL_INTEGER_DIGITS) {
            throw new RecordRejected(record, ErrorCode.DECIMAL_TOO_LARGE, field, text, integerDigits,
                    DECIMAL_INTEGER_DIGITS);
        }
        return value;
    }

    /** A whole number of units or chargers, zero or more. */
    private static long count(SourceRecord record, String field) {
        String text = record.value(field);
        long count;
        try {
            count = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RecordRejected(record, ErrorCode.COUNT_NOT_A_WHOLE_NUMBER, field, field, text);
        }
        if (count < 0) {
            throw new RecordRejected(record, ErrorCode.COUNT_NEGATIVE, field, field, text);
        }
        return count;
    }

    /** An optional date (null when empty) in ISO form, on or after the agreement's approval. */
    private static LocalDate date(SourceRecord record, String field) {
        String text = record.value(field);
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RecordRejected(record, ErrorCode.DATE_INVALID, field, field, text);
        }
        if (date.isBefore(CooperativeAgreement.APPROVED_ON)) {
            throw new RecordRejected(record, ErrorCode.DATE_BEFORE_AGREEMENT, field, field, date,
                    CooperativeAgreement.APPROVED_ON);
        }
        return date;
    }

    private static boolean yesNo(SourceRecord record, String text) {
        return switch (text) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new RecordRejected(record, ErrorCode.PORT_CONTROL_INVALID, "within_port_control", text);
        };
    }

    private static void requireLength(SourceRecord record, String text, String field) {
        if (text.length() > MAX_TEXT) {
            throw new RecordRejected(record, ErrorCode.TEXT_TOO_LONG, field, field, text.length(), MAX_TEXT);
        }
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).collect(Collectors.joining(", "));
    }
}
