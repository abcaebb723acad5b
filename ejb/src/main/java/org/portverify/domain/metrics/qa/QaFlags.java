package org.portverify.domain.metrics.qa;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.metrics.MetricKey;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Arithmetic;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.RecordRules;

/**
 * The auditors' quality flags over a run's metric rows. Each rule is a pure function returning its flags in
 * {@link QaFlag#ORDER}, whatever the order of the rows.
 */
public final class QaFlags {

    /** Consistency constant of the MAD for normally distributed changes: 1 / z(0.75). */
    public static final BigDecimal MAD_SCALE = new BigDecimal("1.4826");
    /** Fewer year-over-year changes say nothing about their spread. */
    public static final int MINIMUM_CHANGES = 3;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private QaFlags() {
    }

    /** Year-over-year outliers, rises since 2005 and missing data years, together in {@link QaFlag#ORDER}. */
    public static List<QaFlag> check(Collection<ReductionMetric> metrics, QaThresholds thresholds) {
        List<QaFlag> flags = new ArrayList<>(yearOverYearOutliers(metrics, thresholds));
        flags.addAll(risesSinceBaseline(metrics, thresholds));
        flags.addAll(missingDataYears(metrics));
        flags.sort(QaFlag.ORDER);
        return flags;
    }

    /**
     * WARNING for a year-over-year change that is an outlier in its own series (scope, category or total,
     * pollutant). The changes are relative, {@code c_y = (E_y - E_y-1) / E_y-1}, between consecutive data years only
     * (2005 to 2017 is not a year-over-year change). With {@code m} their median and
     * {@code MAD = median |c - m|}, a change is flagged when {@code |c_y - m| > k x 1.4826 x MAD}; a series needs
     * {@value #MINIMUM_CHANGES} changes. When most changes are equal (MAD 0) any other change is flagged. A rise from
     * zero has no relative change: it is flagged, with no value, and left out of the median.
     */
    public static List<QaFlag> yearOverYearOutliers(Collection<ReductionMetric> metrics, QaThresholds thresholds) {
        List<QaFlag> flags = new ArrayList<>();
        series(metrics).forEach((key, byYear) -> {
            SortedMap<Integer, BigDecimal> changes = new TreeMap<>();
            byYear.forEach((year, tons) -> {
                BigDecimal previous = byYear.get(year - 1);
                if (previous == null) {
                    return;
                }
                if (previous.signum() == 0) {
                    if (tons.signum() != 0) {
                        flags.add(yearOverYear(key, year, null, "from zero", null, null));
                    }
                    return;
                }
                changes.put(year, tons.subtract(previous).divide(previous, Arithmetic.CONTEXT));
            });
            if (changes.size() < MINIMUM_CHANGES) {
                return;
            }
            BigDecimal median = median(changes.values());
            BigDecimal mad = median(changes.values().stream().map(c -> c.subtract(median).abs()).toList());
            BigDecimal threshold = thresholds.yearOverYearK().multiply(MAD_SCALE).multiply(mad);
            changes.forEach((year, change) -> {
                if (change.subtract(median).abs().compareTo(threshold) > 0) {
                    flags.add(yearOverYear(key, year, change, percent(change), median, threshold));
                }
            });
        });
        flags.sort(QaFlag.ORDER);
        return flags;
    }

    private static QaFlag yearOverYear(MetricKey key, int year, BigDecimal change, String shown, BigDecimal median,
                                       BigDecimal threshold) {
        return new QaFlag(FlagLevel.WARNING, ErrorCode.QA_YEAR_OVER_YEAR_OUTLIER, key.scope(), key.category(),
                key.pollutant(), year, change, ErrorCode.QA_YEAR_OVER_YEAR_OUTLIER.reason(key.scope().displayName(),
                        category(key.category()), key.pollutant().code(), shown, year - 1, year,
                        median == null ? "n/a" : percent(median), threshold == null ? "n/a" : points(threshold)));
    }

    /**
     * A flag for every row whose tons are above the 2005 baseline of the same edition (its reduction is negative):
     * INFO for the pollutants that may rise ({@link QaThresholds#mayRise()}), WARNING for the others. The value is the
     * change since 2005, {@code -r}.
     */
    public static List<QaFlag> risesSinceBaseline(Collection<ReductionMetric> metrics, QaThresholds thresholds) {
        List<QaFlag> flags = new ArrayList<>();
        for (ReductionMetric m : metrics) {
            if (m.getReduction() != null && m.getReduction().signum() < 0) {
                BigDecimal change = m.getReduction().negate();
                FlagLevel level = thresholds.mayRise().contains(m.getPollutant()) ? FlagLevel.INFO : FlagLevel.WARNING;
                flags.add(new QaFlag(level, ErrorCode.QA_ROSE_SINCE_BASELINE, m.getScope(), m.getCategory(),
                        m.getPollutant(), m.getDataYear(), change, ErrorCode.QA_ROSE_SINCE_BASELINE.reason(
                                m.getScope().displayName(), category(m.getCategory()), m.getPollutant().code(),
                                percent(change), m.getDataYear())));
            }
        }
        flags.sort(QaFlag.ORDER);
        return flags;
    }

    /**
     * WARNING for each data year a port's category and pollutant series lacks while the port's edition reports it:
     * the expected years are 2005 (when the edition has it) and every year from its first to its last year after
     * 2005, so a year missing from the whole edition is a gap too. San Pedro Bay is not checked (its gaps are the
     * ports'), nor the totals (a category's gap is the finding).
     */
    public static List<QaFlag> missingDataYears(Collection<ReductionMetric> metrics) {
        Map<Scope, SortedSet<Integer>> reported = new TreeMap<>();
        Map<MetricKey, SortedMap<Integer, BigDecimal>> series = series(metrics);
        series.forEach((key, byYear) -> {
            if (key.scope() != Scope.SAN_PEDRO_BAY) {
                reported.computeIfAbsent(key.scope(), s -> new TreeSet<>()).addAll(byYear.keySet());
            }
        });
        List<QaFlag> flags = new ArrayList<>();
        series.forEach((key, byYear) -> {
            if (key.scope() == Scope.SAN_PEDRO_BAY || key.category() == null) {
                return;
            }
            for (int year : expectedYears(reported.get(key.scope()))) {
                if (!byYear.containsKey(year)) {
                    flags.add(new QaFlag(FlagLevel.WARNING, ErrorCode.QA_DATA_YEAR_MISSING, key.scope(),
                            key.category(), key.pollutant(), year, null, ErrorCode.QA_DATA_YEAR_MISSING.reason(
                                    key.scope().displayName(), category(key.category()), key.pollutant().code(),
                                    year)));
                }
            }
        });
        flags.sort(QaFlag.ORDER);
        return flags;
    }

    private static SortedSet<Integer> expectedYears(SortedSet<Integer> reported) {
        SortedSet<Integer> expected = new TreeSet<>();
        if (reported.contains(RecordRules.BASELINE_YEAR)) {
            expected.add(RecordRules.BASELINE_YEAR);
        }
        SortedSet<Integer> after = reported.tailSet(RecordRules.BASELINE_YEAR + 1);
        if (!after.isEmpty()) {
            for (int year = after.first(); year <= after.last(); year++) {
                expected.add(year);
            }
        }
        return expected;
    }

    /**
     * WARNING where the 2005 baseline of a scope, category (or total) and pollutant differs between two editions by
     * more than the tolerance, {@code |B_current - B_previous| / B_previous > tolerance}; the value is that relative
     * move, signed. A baseline that moved from zero is always flagged (no value). Keys only one edition has are not
     * compared, as at intake.
     */
    public static List<QaFlag> baselineMoves(EditionBaseline previous, EditionBaseline current,
                                             QaThresholds thresholds) {
        List<QaFlag> flags = new ArrayList<>();
        current.tons().forEach((key, now) -> {
            BigDecimal before = previous.tons().get(key);
            if (before == null) {
                return;
            }
            BigDecimal move;
            if (before.signum() == 0) {
                if (now.signum() == 0) {
                    return;
                }
                move = null;
            } else {
                move = now.subtract(before).divide(before, Arithmetic.CONTEXT);
                if (move.abs().compareTo(thresholds.baselineTolerance()) <= 0) {
                    return;
                }
            }
            flags.add(new QaFlag(FlagLevel.WARNING, ErrorCode.QA_BASELINE_MOVED, key.scope(), key.category(),
                    key.pollutant(), RecordRules.BASELINE_YEAR, move, ErrorCode.QA_BASELINE_MOVED.reason(
                            key.scope().displayName(), category(key.category()), key.pollutant().code(),
                            tons(now, key.pollutant()), current.edition(), tons(before, key.pollutant()),
                            previous.edition(), move == null ? "from zero" : percent(move),
                            percent(thresholds.baselineTolerance()))));
        });
        flags.sort(QaFlag.ORDER);
        return flags;
    }

    /** Tons by series (scope, category or total, pollutant; the key's year is unused), years ascending. */
    private static Map<MetricKey, SortedMap<Integer, BigDecimal>> series(Collection<ReductionMetric> metrics) {
        Map<MetricKey, SortedMap<Integer, BigDecimal>> series = new TreeMap<>(MetricKey.ORDER);
        for (ReductionMetric m : metrics) {
            series.computeIfAbsent(new MetricKey(m.getScope(), m.getCategory(), m.getPollutant(), 0),
                    k -> new TreeMap<>()).put(m.getDataYear(), m.getTons());
        }
        return series;
    }

    /** The median of exact values: the middle one, or the mean of the two middle ones. */
    static BigDecimal median(Collection<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO);
    }

    private static String category(SourceCategory category) {
        return category == null ? "all categories" : category.code();
    }

    /** A fraction as a signed percent with one decimal, for messages: "+25.0%", "-3.4%". */
    private static String percent(BigDecimal fraction) {
        BigDecimal percent = fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    }

    /** A fraction as percentage points with one decimal, for messages: "12.3 points". */
    private static String points(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " points";
    }

    private static String tons(BigDecimal value, Pollutant pollutant) {
        return value.stripTrailingZeros().toPlainString() + " " + pollutant.reportingUnit().displayName();
    }
}
