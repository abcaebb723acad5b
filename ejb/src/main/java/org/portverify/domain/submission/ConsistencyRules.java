package org.portverify.domain.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.model.Arithmetic;
import org.portverify.domain.model.GlobalWarmingPotentials;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.model.SubCategory;

/**
 * Whether the figures of one package hold together, as a verifier checks them (issue 15): the all-categories total
 * against its categories, PM2.5 and DPM against PM10, CO2e against CO2, CH4 and N2O, one unit per pollutant, the
 * coverage of the inventory, and each data year against the port's previous edition (a change by orders of
 * magnitude, a restatement, a figure no longer reported). Totals are per data year, source category (over its
 * sub-categories) and pollutant, in the pollutant's reporting unit, over the first line of each key (a repeated line
 * is refused and never counts).
 *
 * <p>Pure functions; each returns its findings in {@link Finding#ORDER}.
 */
public final class ConsistencyRules {

    /** A published total may differ from the sum of its rounded parts by half a unit per figure. */
    static final BigDecimal HALF_UNIT = new BigDecimal("0.5");
    /** ... or, for totals published in thousands of tons (greenhouse gases), by 0.5 % of the total. */
    static final BigDecimal RELATIVE_ROUNDING = new BigDecimal("0.005");
    /** A figure restated by this factor or more, up or down, is a unit or method error until the port explains it. */
    static final BigDecimal MAGNITUDE = BigDecimal.TEN;
    /** The pollutants whose change by an order of magnitude the rules question (the CAAP's key criteria pollutants). */
    static final Set<Pollutant> MAGNITUDE_CHECKED = EnumSet.of(Pollutant.SOX, Pollutant.NOX, Pollutant.DPM);
    /**
     * CO2e agrees with CO2 + GWP x CH4 + GWP x N2O within 1 % of the CO2e figure or 0.5 metric ton, whichever is
     * larger: ports round each gas separately (CH4 and N2O to a few tons, then weighted by 25 to 298), so the
     * weighted sum of the rounded gases strays from the CO2e they computed before rounding.
     */
    static final Tolerance CO2E_TOLERANCE = new Tolerance(new BigDecimal("0.01"), new BigDecimal("0.5"));
    /** The figures a CO2e is checked against, with it. */
    private static final Set<Pollutant> GASES = EnumSet.of(Pollutant.CO2E, Pollutant.CO2, Pollutant.CH4,
            Pollutant.N2O);

    private ConsistencyRules() {
    }

    /**
     * Every consistency finding over the package's emissions; {@code methodologyNote} is the manifest's note and
     * {@code gwp} the global warming potentials it states (null when it states none).
     */
    public static List<Finding> check(List<InventoryFigure> emissions, PreviousEdition previous,
                                      WarningThresholds thresholds, String methodologyNote,
                                      GlobalWarmingPotentials gwp) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(totalsAgainstCategories(emissions));
        findings.addAll(particulates(emissions));
        findings.addAll(co2eAgainstGases(emissions, gwp));
        findings.addAll(mixedUnits(emissions));
        findings.addAll(partialInventories(emissions));
        findings.addAll(againstPreviousEdition(emissions, previous, thresholds, methodologyNote));
        return sorted(findings);
    }

    /**
     * ERROR (PV-1214) at an all-categories (ALL) line whose total disagrees with the source categories filed for the
     * same data year and pollutant: when all five are filed, they must add up to the total; when only some are, they
     * must not add up to more. Within the rounding tolerance: half a unit per figure added, or 0.5 % of the total,
     * whichever is larger.
     */
    public static List<Finding> totalsAgainstCategories(List<InventoryFigure> emissions) {
        Map<YearPollutant, Sum> parts = new HashMap<>();
        Map<YearPollutant, InventoryFigure> totals = new HashMap<>();
        for (InventoryFigure f : emissions) {
            YearPollutant key = new YearPollutant(f.getDataYear(), f.getPollutant());
            if (f.getCategory().isSource()) {
                parts.computeIfAbsent(key, k -> new Sum()).add(f);
            } else {
                totals.put(key, f);
            }
        }
        List<Finding> findings = new ArrayList<>();
        totals.forEach((key, total) -> {
            Sum sum = parts.get(key);
            if (sum == null) {
                return;
            }
            BigDecimal stated = total.valueInReportingUnit();
            BigDecimal tolerance = HALF_UNIT.multiply(BigDecimal.valueOf(sum.figures + 1L))
                    .max(stated.abs().multiply(RELATIVE_ROUNDING));
            BigDecimal difference = stated.subtract(sum.tons);
            boolean complete = sum.categories.size() == SourceCategory.sources().size();
            boolean beyond = complete ? difference.abs().compareTo(tolerance) > 0
                    : difference.negate().compareTo(tolerance) > 0;
            if (beyond) {
                String coverage = complete ? "" : " of " + sum.categories.size() + " categories";
                findings.add(Finding.error(ErrorCode.TOTAL_DISAGREES_WITH_CATEGORIES, SubmissionPart.EMISSIONS,
                        total.getSourceLine(), "value", key.pollutant().code(), key.year(),
                        PackageRules.tons(stated, key.pollutant()),
                        PackageRules.tons(sum.tons, key.pollutant()) + coverage,
                        (difference.signum() > 0 ? "+" : "") + PackageRules.tons(difference, key.pollutant()),
                        PackageRules.tons(tolerance, key.pollutant())));
            }
        });
        return sorted(findings);
    }

    /**
     * ERROR (PV-1220) where PM2.5 is above PM10, and (PV-1221) where DPM is above PM10, for one data year and
     * category (ALL too), at the first line of the larger figure: both are parts of PM10.
     */
    public static List<Finding> particulates(List<InventoryFigure> emissions) {
        Map<YearCategory, Map<Pollutant, PackageRules.Total>> totals = new HashMap<>();
        for (InventoryFigure f : emissions) {
            if (f.getPollutant() == Pollutant.PM10 || f.getPollutant() == Pollutant.PM2_5
                    || f.getPollutant() == Pollutant.DPM) {
                totals.computeIfAbsent(new YearCategory(f.getDataYear(), f.getCategory()),
                        k -> new EnumMap<>(Pollutant.class))
                        .merge(f.getPollutant(), PackageRules.Total.of(f), PackageRules.Total::plus);
            }
        }
        List<Finding> findings = new ArrayList<>();
        totals.forEach((key, byPollutant) -> {
            PackageRules.Total pm10 = byPollutant.get(Pollutant.PM10);
            if (pm10 == null) {
                return;
            }
            above(byPollutant.get(Pollutant.PM2_5), pm10, ErrorCode.PM25_ABOVE_PM10, key, findings);
            above(byPollutant.get(Pollutant.DPM), pm10, ErrorCode.DPM_ABOVE_PM10, key, findings);
        });
        return sorted(findings);
    }

    private static void above(PackageRules.Total part, PackageRules.Total pm10, ErrorCode code, YearCategory key,
                              List<Finding> into) {
        if (part != null && part.tons().compareTo(pm10.tons()) > 0) {
            into.add(Finding.error(code, SubmissionPart.EMISSIONS, part.firstLine(), "value", key.category().code(),
                    key.year(), PackageRules.tons(part.tons(), Pollutant.PM10),
                    PackageRules.tons(pm10.tons(), Pollutant.PM10)));
        }
    }

    /**
     * WARNING (PV-1222) at the CO2e line of a data year, category and sub-category that also files CO2, CH4 and N2O,
     * when CO2 + GWP(CH4) x CH4 + GWP(N2O) x N2O, all in metric tons, is beyond {@link #CO2E_TOLERANCE} of the CO2e:
     * under the manifest's global warming potentials {@code stated}, naming the other set when the figures agree with
     * it instead; or, when the manifest states none, under each known set, warning only when none agrees. A warning,
     * not an error: a CO2e inventory may include other gases, such as refrigerants.
     */
    public static List<Finding> co2eAgainstGases(List<InventoryFigure> emissions, GlobalWarmingPotentials stated) {
        Map<GasesOf, Map<Pollutant, PackageRules.Total>> gases = new HashMap<>();
        for (InventoryFigure f : emissions) {
            if (GASES.contains(f.getPollutant())) {
                gases.computeIfAbsent(new GasesOf(f.getDataYear(), f.getCategory(), f.getSubCategory()),
                        k -> new EnumMap<>(Pollutant.class)).merge(f.getPollutant(), new PackageRules.Total(
                                f.getUnit().convert(f.getValue(), MassUnit.METRIC_TONS), f.getSourceLine()),
                        PackageRules.Total::plus);
            }
        }
        List<GlobalWarmingPotentials> checked = stated == null ? List.of(GlobalWarmingPotentials.values())
                : List.of(stated);
        List<Finding> findings = new ArrayList<>();
        gases.forEach((key, byGas) -> {
            if (byGas.size() < GASES.size()) {
                return;
            }
            PackageRules.Total co2e = byGas.get(Pollutant.CO2E);
            BigDecimal tolerance = CO2E_TOLERANCE.of(co2e.tons());
            Map<GlobalWarmingPotentials, BigDecimal> computed = new EnumMap<>(GlobalWarmingPotentials.class);
            for (GlobalWarmingPotentials gwp : GlobalWarmingPotentials.values()) {
                computed.put(gwp, gwp.co2e(byGas.get(Pollutant.CO2).tons(), byGas.get(Pollutant.CH4).tons(),
                        byGas.get(Pollutant.N2O).tons()));
            }
            List<GlobalWarmingPotentials> agreeing = computed.entrySet().stream()
                    .filter(e -> e.getValue().subtract(co2e.tons()).abs().compareTo(tolerance) <= 0)
                    .map(Map.Entry::getKey).toList();
            if (checked.stream().anyMatch(agreeing::contains)) {
                return;
            }
            String given = checked.stream().map(gwp -> PackageRules.tons(computed.get(gwp), Pollutant.CO2E)
                    + " under " + gwp.formula()).collect(Collectors.joining(" and "));
            String advice;
            if (!agreeing.isEmpty()) {
                advice = "the figures agree with " + agreeing.get(0).code() + " instead: check the manifest's gwp"
                        + " in manifest.csv, which states " + stated.code();
            } else {
                advice = "check the CO2e, CO2, CH4 and N2O figures of this data year and category in emissions.csv"
                        + " and their units, or say in the manifest note which other gases (such as refrigerants)"
                        + " the CO2e includes" + (stated == null
                        ? "; state the set the CO2e uses in the manifest's gwp column (AR4 or AR5)" : "");
            }
            findings.add(Finding.warning(ErrorCode.CO2E_DISAGREES_WITH_GASES, SubmissionPart.EMISSIONS,
                    co2e.firstLine(), "value", key.where(), key.year(), PackageRules.tons(co2e.tons(), Pollutant.CO2E),
                    given, PackageRules.tons(tolerance, Pollutant.CO2E), advice));
        });
        return sorted(findings);
    }

    /**
     * WARNING (PV-1223) at the first line of a pollutant in another unit than its first line's: the figure is
     * converted exactly, but one pollutant in two units usually means rows copied from another table.
     */
    public static List<Finding> mixedUnits(List<InventoryFigure> emissions) {
        Map<Pollutant, InventoryFigure> first = new EnumMap<>(Pollutant.class);
        Map<Pollutant, InventoryFigure> other = new EnumMap<>(Pollutant.class);
        emissions.stream().sorted(Comparator.comparingLong(InventoryFigure::getSourceLine)).forEach(f -> {
            InventoryFigure earlier = first.putIfAbsent(f.getPollutant(), f);
            if (earlier != null && earlier.getUnit() != f.getUnit()) {
                other.putIfAbsent(f.getPollutant(), f);
            }
        });
        List<Finding> findings = new ArrayList<>();
        other.forEach((pollutant, f) -> findings.add(Finding.warning(ErrorCode.UNITS_MIXED,
                SubmissionPart.EMISSIONS, f.getSourceLine(), "unit", pollutant.code(), f.getUnit().code(),
                first.get(pollutant).getUnit().code(), first.get(pollutant).getSourceLine())));
        return sorted(findings);
    }

    /**
     * NOTE (PV-1260) for a pollutant whose data years cover some of the five source categories and file no
     * all-categories total: the port's total is partial. One note per pollutant and set of missing categories, at
     * the first line concerned, naming the years.
     */
    public static List<Finding> partialInventories(List<InventoryFigure> emissions) {
        Map<YearPollutant, Coverage> coverage = new TreeMap<>(YearPollutant.ORDER);
        for (InventoryFigure f : emissions) {
            coverage.computeIfAbsent(new YearPollutant(f.getDataYear(), f.getPollutant()), k -> new Coverage())
                    .add(f);
        }
        Map<List<Object>, Gap> gaps = new LinkedHashMap<>();
        coverage.forEach((key, c) -> {
            if (c.total || c.categories.size() == SourceCategory.sources().size()) {
                return;
            }
            gaps.computeIfAbsent(List.of(key.pollutant(), c.categories), k -> new Gap(key.pollutant(),
                    c.categories)).add(key.year(), c.firstLine);
        });
        List<Finding> findings = new ArrayList<>();
        gaps.values().forEach(gap -> findings.add(Finding.note(ErrorCode.PARTIAL_INVENTORY, SubmissionPart.EMISSIONS,
                gap.firstLine, "category", gap.pollutant.code(), years(gap.years), codes(gap.present),
                codes(missing(gap.present)))));
        return sorted(findings);
    }

    /** The source categories a partial coverage lacks, in their order. */
    public static List<SourceCategory> missing(Set<SourceCategory> present) {
        return SourceCategory.sources().stream().filter(c -> !present.contains(c)).toList();
    }

    /**
     * Each data year this edition shares with the previous edition, figure by figure (category and pollutant):
     * ERROR (PV-1252) for SOx, NOx or DPM changed by a factor of ten or more without a methodology note in the
     * manifest (WARNING with one); WARNING (PV-1253) for a restatement beyond the tolerance (2005 is PV-1251's); and
     * WARNING (PV-1261) for a figure the previous edition reported that this one no longer does.
     */
    public static List<Finding> againstPreviousEdition(List<InventoryFigure> emissions, PreviousEdition previous,
                                                       WarningThresholds thresholds, String methodologyNote) {
        Map<Figure, PackageRules.Total> now = totals(emissions);
        Map<Figure, PackageRules.Total> before = totals(previous.figures());
        Map<Integer, Long> firstLineOfYear = new HashMap<>();
        now.forEach((key, total) -> firstLineOfYear.merge(key.year(), total.firstLine(), Math::min));
        boolean noted = methodologyNote != null && !methodologyNote.isBlank();
        List<Finding> findings = new ArrayList<>();
        before.forEach((key, earlier) -> {
            PackageRules.Total current = now.get(key);
            if (current == null) {
                Long line = firstLineOfYear.get(key.year());
                if (line != null) {
                    findings.add(Finding.warning(ErrorCode.REPORTED_BEFORE_MISSING, SubmissionPart.EMISSIONS, line,
                            "category,pollutant", previous.edition(), key.category().code(), key.pollutant().code(),
                            key.year()));
                }
                return;
            }
            String factor = MAGNITUDE_CHECKED.contains(key.pollutant())
                    ? factorBeyond(current.tons(), earlier.tons()) : null;
            if (factor != null) {
                String args = noted ? "; the manifest note is taken as its methodology note: check that it explains"
                        + " this change"
                        : "; correct the figure or its unit, or explain the method change in the manifest note";
                Object[] message = {key.category().code(), key.pollutant().code(), key.year(),
                        PackageRules.tons(current.tons(), key.pollutant()),
                        PackageRules.tons(earlier.tons(), key.pollutant()), previous.edition(), factor, args};
                findings.add(noted
                        ? Finding.warning(ErrorCode.MAGNITUDE_CHANGED, SubmissionPart.EMISSIONS, current.firstLine(),
                        "value", message)
                        : Finding.error(ErrorCode.MAGNITUDE_CHANGED, SubmissionPart.EMISSIONS, current.firstLine(),
                        "value", message));
                return;
            }
            if (key.year() == RecordRules.BASELINE_YEAR) {
                return; // PackageRules.restatedBaselines
            }
            String change = PackageRules.changeBeyond(current.tons(), earlier.tons(), thresholds.baselineTolerance());
            if (change != null) {
                findings.add(Finding.warning(ErrorCode.DATA_YEAR_RESTATED, SubmissionPart.EMISSIONS,
                        current.firstLine(), "value", key.category().code(), key.pollutant().code(), key.year(),
                        PackageRules.tons(current.tons(), key.pollutant()),
                        PackageRules.tons(earlier.tons(), key.pollutant()), previous.edition(), change,
                        PackageRules.percent(thresholds.baselineTolerance())));
            }
        });
        return sorted(findings);
    }

    /**
     * {@code 12.5 times more} or {@code 12.5 times less} when {@code after} is at least ten times {@code before}
     * or at most a tenth of it; null otherwise, and when either is zero (no factor; a rise from zero is PV-1250's).
     */
    static String factorBeyond(BigDecimal after, BigDecimal before) {
        if (after.signum() == 0 || before.signum() == 0) {
            return null;
        }
        boolean up = after.compareTo(before) > 0;
        BigDecimal factor = up ? after.divide(before, Arithmetic.CONTEXT) : before.divide(after, Arithmetic.CONTEXT);
        if (factor.compareTo(MAGNITUDE) < 0) {
            return null;
        }
        return factor.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + (up ? " times more"
                : " times less");
    }

    private static Map<Figure, PackageRules.Total> totals(List<InventoryFigure> figures) {
        Map<Figure, PackageRules.Total> totals = new HashMap<>();
        figures.forEach(f -> totals.merge(new Figure(f.getDataYear(), f.getCategory(), f.getPollutant()),
                PackageRules.Total.of(f), PackageRules.Total::plus));
        return totals;
    }

    /** {@code 2005}, {@code 2005 and 2024}, {@code 2005, 2024 and 2025}. */
    private static String years(SortedSet<Integer> years) {
        List<String> all = years.stream().map(String::valueOf).toList();
        return all.size() == 1 ? all.get(0)
                : String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
    }

    private static String codes(Iterable<SourceCategory> categories) {
        List<String> codes = new ArrayList<>();
        categories.forEach(c -> codes.add(c.code()));
        return String.join(", ", codes);
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(Finding.ORDER).toList();
    }

    private record YearPollutant(int year, Pollutant pollutant) {
        static final Comparator<YearPollutant> ORDER = Comparator.comparing(YearPollutant::pollutant)
                .thenComparingInt(YearPollutant::year);
    }

    private record YearCategory(int year, SourceCategory category) {
    }

    /** The figures whose CO2e is checked against its gases: one data year, category and sub-category (or none). */
    private record GasesOf(int year, SourceCategory category, SubCategory subCategory) {
        String where() {
            return subCategory == null ? category.code() : category.code() + " " + subCategory.code();
        }
    }

    /** Within a fraction of a figure or an absolute amount, whichever is larger. */
    record Tolerance(BigDecimal relative, BigDecimal absolute) {
        BigDecimal of(BigDecimal figure) {
            return figure.abs().multiply(relative).max(absolute);
        }
    }

    private record Figure(int year, SourceCategory category, Pollutant pollutant) {
    }

    /** The source categories of one data year and pollutant, added up. */
    private static final class Sum {
        private BigDecimal tons = BigDecimal.ZERO;
        private int figures;
        private final Set<SourceCategory> categories = EnumSet.noneOf(SourceCategory.class);

        void add(InventoryFigure f) {
            tons = tons.add(f.valueInReportingUnit());
            figures++;
            categories.add(f.getCategory());
        }
    }

    /** What one data year and pollutant covers: its source categories, whether it files a total, its first line. */
    private static final class Coverage {
        private final Set<SourceCategory> categories = EnumSet.noneOf(SourceCategory.class);
        private boolean total;
        private long firstLine = Long.MAX_VALUE;

        void add(InventoryFigure f) {
            if (f.getCategory().isSource()) {
                categories.add(f.getCategory());
            } else {
                total = true;
            }
            firstLine = Math.min(firstLine, f.getSourceLine());
        }
    }

    /** The data years of one pollutant that lack the same categories. */
    private static final class Gap {
        private final Pollutant pollutant;
        private final Set<SourceCategory> present;
        private final SortedSet<Integer> years = new TreeSet<>();
        private long firstLine = Long.MAX_VALUE;

        Gap(Pollutant pollutant, Set<SourceCategory> present) {
            this.pollutant = pollutant;
            this.present = EnumSet.copyOf(present);
        }

        void add(int year, long line) {
            years.add(year);
            firstLine = Math.min(firstLine, line);
        }
    }
}
