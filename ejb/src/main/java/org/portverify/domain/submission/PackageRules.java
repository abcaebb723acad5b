package org.portverify.domain.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.stream.Collectors;
import java.util.EnumSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.portverify.domain.agreement.Milestone;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.model.Arithmetic;
import org.portverify.domain.model.GlobalWarmingPotentials;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.model.SubCategory;

/**
 * Rules over all the accepted records of one submission together, run after the record-by-record pass: what no
 * single record can show. Duplicates refuse the records they point at; a missing 2005 baseline is an error that
 * refuses nothing (there is nothing to refuse); warnings (a jump from one year to the next, a restated baseline,
 * missing TEU) leave the records accepted and flagged; {@link ConsistencyRules} checks the figures against each
 * other and against the previous edition.
 *
 * <p>Pure functions: the same records give the same findings in the same order ({@link Finding#ORDER}), whatever
 * order the lists come in. "First" always means the lowest line. Totals are per source category and pollutant over
 * all its sub-categories, in the pollutant's reporting unit.
 */
public final class PackageRules {

    static final String EMISSION_KEY = "data_year,category,sub_category,pollutant";
    static final String FLEET_KEY = "data_year,category";
    static final String CLAIM_KEY = "scope,category,pollutant,data_year,measure";

    /** The errors that refuse the record they point at: a repeated key. The first line of the key counts. */
    private static final Set<ErrorCode> REFUSING = EnumSet.of(ErrorCode.DUPLICATE_EMISSION,
            ErrorCode.DUPLICATE_THROUGHPUT, ErrorCode.DUPLICATE_MILESTONE, ErrorCode.DUPLICATE_FLEET,
            ErrorCode.DUPLICATE_CLAIM);

    private PackageRules() {
    }

    /**
     * Whether a finding withdraws its record (a duplicate). Other errors (no 2005 figure, a consistency error) leave
     * the records accepted as submitted, and count against the skip limit like any error.
     */
    public static boolean refusesRecord(Finding finding) {
        return REFUSING.contains(finding.code());
    }

    /**
     * Every finding about one submission, errors, warnings and notes, in {@link Finding#ORDER}; the consistency of
     * the figures ({@link ConsistencyRules}) included. {@code methodologyNote} is the manifest's note, {@code gwp}
     * the global warming potentials it states (null when it states none).
     */
    public static List<Finding> check(AcceptedRecords records, PreviousEdition previous,
                                      WarningThresholds thresholds, String methodologyNote,
                                      GlobalWarmingPotentials gwp) {
        List<Finding> findings = new ArrayList<>(duplicates(records));
        // A repeated line is refused: it must not inflate the totals the other rules compare.
        Set<Long> repeatedEmissions = findings.stream()
                .filter(f -> f.fileName().equals(SubmissionPart.EMISSIONS.fileName()))
                .map(Finding::line).collect(Collectors.toSet());
        List<InventoryFigure> emissions = records.emissions().stream()
                .filter(f -> !repeatedEmissions.contains(f.getSourceLine())).toList();
        findings.addAll(missingBaselines(emissions));
        findings.addAll(missingThroughput(emissions, records.throughput()));
        findings.addAll(yearOverYearChanges(emissions, thresholds));
        findings.addAll(restatedBaselines(emissions, previous, thresholds));
        findings.addAll(ConsistencyRules.check(emissions, previous, thresholds, methodologyNote, gwp));
        return sorted(findings);
    }

    /**
     * ERROR on every record whose key an earlier line of the same file already has: emissions by data year,
     * category, sub-category and pollutant; throughput by data year; milestones by id; fleet by data year and
     * category; claims by scope, category, pollutant, data year and measure. The first line stays accepted; the
     * message names it.
     */
    public static List<Finding> duplicates(AcceptedRecords records) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(duplicates(records.emissions(), InventoryFigure::getSourceLine,
                f -> Arrays.asList(f.getDataYear(), f.getCategory(), f.getSubCategory(), f.getPollutant()),
                (f, first) -> duplicateEmission(f.getSourceLine(), first, f.getDataYear(), f.getCategory(),
                        f.getSubCategory(), f.getPollutant())));
        findings.addAll(duplicates(records.throughput(), Throughput::getSourceLine, Throughput::getDataYear,
                (t, first) -> duplicateThroughput(t.getSourceLine(), first, t.getDataYear())));
        findings.addAll(duplicates(records.milestones(), Milestone::getSourceLine, Milestone::getMilestoneId,
                (m, first) -> duplicateMilestone(m.getSourceLine(), first, m.getMilestoneId())));
        findings.addAll(duplicates(records.fleet(), FleetFigure::getSourceLine,
                f -> List.of(f.getDataYear(), f.getCategory()),
                (f, first) -> duplicateFleet(f.getSourceLine(), first, f.getDataYear(), f.getCategory())));
        findings.addAll(duplicates(records.claims(), ClaimedFigure::getSourceLine, PackageRules::claimKey,
                (c, first) -> duplicateClaim(c.getSourceLine(), first, c.getScope(), c.getCategory(),
                        c.getPollutant(), c.getDataYear(), c.getMeasure())));
        return sorted(findings);
    }

    /** What makes a claim one claim: two lines stating the same figure twice could give two answers. */
    static List<Object> claimKey(ClaimedFigure c) {
        return List.of(c.getScope(), c.getCategory(), c.getPollutant(), c.getDataYear(), c.getMeasure());
    }

    /** The ERROR on claims line {@code line}, whose key line {@code first} already has. */
    public static Finding duplicateClaim(long line, long first, ClaimScope scope, SourceCategory category,
                                         Pollutant pollutant, int dataYear, ClaimMeasure measure) {
        return Finding.error(ErrorCode.DUPLICATE_CLAIM, SubmissionPart.CLAIMS, line, CLAIM_KEY, first, scope.code(),
                category.code(), pollutant.code(), dataYear, measure.code());
    }

    /** The ERROR on emissions line {@code line}, whose key line {@code first} already has. */
    public static Finding duplicateEmission(long line, long first, int dataYear, SourceCategory category,
                                           SubCategory subCategory, Pollutant pollutant) {
        return Finding.error(ErrorCode.DUPLICATE_EMISSION, SubmissionPart.EMISSIONS, line, EMISSION_KEY, first,
                dataYear, category.code(), subCategory == null ? "(none)" : subCategory.code(), pollutant.code());
    }

    /** The ERROR on throughput line {@code line}, whose data year line {@code first} already has. */
    public static Finding duplicateThroughput(long line, long first, int dataYear) {
        return Finding.error(ErrorCode.DUPLICATE_THROUGHPUT, SubmissionPart.THROUGHPUT, line, "data_year", first,
                dataYear);
    }

    /** The ERROR on milestones line {@code line}, whose milestone id line {@code first} already has. */
    public static Finding duplicateMilestone(long line, long first, String milestoneId) {
        return Finding.error(ErrorCode.DUPLICATE_MILESTONE, SubmissionPart.MILESTONES, line, "milestone_id", first,
                milestoneId);
    }

    /** The ERROR on fleet line {@code line}, whose data year and category line {@code first} already has. */
    public static Finding duplicateFleet(long line, long first, int dataYear, SourceCategory category) {
        return Finding.error(ErrorCode.DUPLICATE_FLEET, SubmissionPart.FLEET, line, FLEET_KEY, first, dataYear,
                category.code());
    }

    /**
     * ERROR once per source category and pollutant the edition reports without a 2005 figure, at its first line:
     * a reduction is measured against the 2005 baseline of the same edition, never another's. An all-categories
     * total (ALL) has its baseline in any 2005 figure of its pollutant: the port's 2005 total, filed as ALL or as
     * categories.
     */
    public static List<Finding> missingBaselines(List<InventoryFigure> emissions) {
        Set<Key> withBaseline = new HashSet<>();
        emissions.stream().filter(f -> f.getDataYear() == RecordRules.BASELINE_YEAR).forEach(f -> {
            withBaseline.add(Key.of(f));
            withBaseline.add(new Key(SourceCategory.ALL, f.getPollutant()));
        });
        Map<Key, Long> firstLine = new HashMap<>();
        emissions.stream().filter(f -> !withBaseline.contains(Key.of(f)))
                .forEach(f -> firstLine.merge(Key.of(f), f.getSourceLine(), Math::min));
        List<Finding> findings = new ArrayList<>();
        firstLine.forEach((key, line) -> findings.add(Finding.error(ErrorCode.BASELINE_FIGURE_MISSING,
                SubmissionPart.EMISSIONS, line, "category,pollutant", key.category().code(),
                key.pollutant().code())));
        return sorted(findings);
    }

    /**
     * WARNING once per data year of emissions.csv that throughput.csv lacks, at the year's first emissions line: only
     * that year's figures per 10,000 TEU need it, and they are {@code n/a} (PV-3003) until a resubmission gives it.
     */
    public static List<Finding> missingThroughput(List<InventoryFigure> emissions, List<Throughput> throughput) {
        Set<Integer> teuYears = new HashSet<>();
        throughput.forEach(t -> teuYears.add(t.getDataYear()));
        Map<Integer, Long> firstLine = new HashMap<>();
        emissions.stream().filter(f -> !teuYears.contains(f.getDataYear()))
                .forEach(f -> firstLine.merge(f.getDataYear(), f.getSourceLine(), Math::min));
        List<Finding> findings = new ArrayList<>();
        firstLine.forEach((year, line) -> findings.add(Finding.warning(ErrorCode.THROUGHPUT_YEAR_MISSING,
                SubmissionPart.EMISSIONS, line, "data_year", year)));
        return sorted(findings);
    }

    /**
     * WARNING when a category and pollutant total changes from data year Y-1 to Y by more than the threshold, in
     * either direction (|E_Y - E_Y-1| / E_Y-1 &gt; threshold), at the first line of year Y. Only consecutive years
     * are compared (2005 to 2017 is not a year-over-year change). A rise from zero is always flagged.
     */
    public static List<Finding> yearOverYearChanges(List<InventoryFigure> emissions, WarningThresholds thresholds) {
        Map<Key, SortedMap<Integer, Total>> totals = new HashMap<>();
        for (InventoryFigure f : emissions) {
            totals.computeIfAbsent(Key.of(f), k -> new TreeMap<>()).merge(f.getDataYear(), Total.of(f), Total::plus);
        }
        List<Finding> findings = new ArrayList<>();
        totals.forEach((key, byYear) -> byYear.forEach((year, current) -> {
            Total previous = byYear.get(year - 1);
            if (previous == null) {
                return;
            }
            String change = changeBeyond(current.tons(), previous.tons(), thresholds.yearOverYearChange());
            if (change != null) {
                findings.add(Finding.warning(ErrorCode.YEAR_OVER_YEAR_CHANGE, SubmissionPart.EMISSIONS,
                        current.firstLine(), "value", key.category().code(), key.pollutant().code(),
                        tons(previous.tons(), key.pollutant()), year - 1, tons(current.tons(), key.pollutant()),
                        year, change, percent(thresholds.yearOverYearChange())));
            }
        }));
        return sorted(findings);
    }

    /**
     * WARNING when a category and pollutant's 2005 total differs from the previous edition's by more than the
     * tolerance, at its first 2005 line. Pairs the previous edition does not have are not compared.
     */
    public static List<Finding> restatedBaselines(List<InventoryFigure> emissions, PreviousEdition previous,
                                                  WarningThresholds thresholds) {
        Map<Key, Total> current = baselineTotals(emissions);
        Map<Key, Total> before = baselineTotals(previous.figures());
        List<Finding> findings = new ArrayList<>();
        current.forEach((key, baseline) -> {
            Total earlier = before.get(key);
            if (earlier == null || ConsistencyRules.MAGNITUDE_CHECKED.contains(key.pollutant())
                    && ConsistencyRules.factorBeyond(baseline.tons(), earlier.tons()) != null) {
                return; // a change by a factor of ten is PV-1252's
            }
            String change = changeBeyond(baseline.tons(), earlier.tons(), thresholds.baselineTolerance());
            if (change != null) {
                findings.add(Finding.warning(ErrorCode.BASELINE_RESTATED, SubmissionPart.EMISSIONS,
                        baseline.firstLine(), "value", key.category().code(), key.pollutant().code(),
                        tons(baseline.tons(), key.pollutant()), tons(earlier.tons(), key.pollutant()),
                        previous.edition(), change, percent(thresholds.baselineTolerance())));
            }
        });
        return sorted(findings);
    }

    private static <T> List<Finding> duplicates(List<T> records, ToLongFunction<T> line, Function<T, Object> key,
                                                BiFunction<T, Long, Finding> finding) {
        Map<Object, Long> first = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        records.stream().sorted(Comparator.comparingLong(line)).forEach(r -> {
            Long firstLine = first.putIfAbsent(key.apply(r), line.applyAsLong(r));
            if (firstLine != null) {
                findings.add(finding.apply(r, firstLine));
            }
        });
        return findings;
    }

    private static Map<Key, Total> baselineTotals(List<InventoryFigure> figures) {
        Map<Key, Total> totals = new HashMap<>();
        figures.stream().filter(f -> f.getDataYear() == RecordRules.BASELINE_YEAR)
                .forEach(f -> totals.merge(Key.of(f), Total.of(f), Total::plus));
        return totals;
    }

    /**
     * The signed relative change from {@code before} to {@code after} as text (e.g. {@code +60.0%}) when its size
     * is beyond {@code threshold}, else null. From zero, any rise is beyond (a relative change is undefined).
     */
    static String changeBeyond(BigDecimal after, BigDecimal before, BigDecimal threshold) {
        if (before.signum() == 0) {
            return after.signum() == 0 ? null : "up from zero";
        }
        BigDecimal change = after.subtract(before).divide(before, Arithmetic.CONTEXT);
        if (change.abs().compareTo(threshold) <= 0) {
            return null;
        }
        BigDecimal shown = change.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return (shown.signum() > 0 ? "+" : "") + shown.toPlainString() + "%";
    }

    /** Tons to three decimals, trailing zeros dropped, with the reporting unit: {@code 88.652 short_tons}. */
    static String tons(BigDecimal value, Pollutant pollutant) {
        return value.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " "
                + pollutant.reportingUnit().code();
    }

    /** A fraction as a percentage without trailing zeros: 0.50 is {@code 50%}, 0.015 is {@code 1.5%}. */
    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(Finding.ORDER).toList();
    }

    /** A source category and pollutant: the unit of every total these rules compare. */
    private record Key(SourceCategory category, Pollutant pollutant) {
        static Key of(InventoryFigure figure) {
            return new Key(figure.getCategory(), figure.getPollutant());
        }
    }

    /** A total in the reporting unit and the first line that contributed to it. */
    record Total(BigDecimal tons, long firstLine) {
        static Total of(InventoryFigure figure) {
            return new Total(figure.valueInReportingUnit(), figure.getSourceLine());
        }

        Total plus(Total other) {
            return new Total(tons.add(other.tons), Math.min(firstLine, other.firstLine));
        }
    }
}
