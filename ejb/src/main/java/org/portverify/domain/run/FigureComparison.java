package org.portverify.domain.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.portverify.domain.agreement.compliance.ComplianceItem;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.model.Port;

/**
 * Compares what a re-run produced with what the original run stored: every reduction metric field by field
 * (numbers by value, so 1.50 equals 1.5), every compliance status, the stored CAAP progress, and the report's data
 * digest and PDF SHA-256.
 * Pure and ordered: the differences come in the original's order, then what only the re-run has.
 */
public final class FigureComparison {

    /**
     * What one run produced, as far as a re-verification compares it. Digests are null when no report exists;
     * {@code progress} holds the stored CAAP progress by section ("standard", "trend", ...), each in stored order.
     */
    public record RunFigures(List<ReductionMetric> metrics, Map<Port, List<ComplianceItem>> compliance,
                             String dataSha256, String pdfSha256, Map<String, List<?>> progress) {

        public RunFigures(List<ReductionMetric> metrics, Map<Port, List<ComplianceItem>> compliance,
                          String dataSha256, String pdfSha256) {
            this(metrics, compliance, dataSha256, pdfSha256, Map.of());
        }
    }

    private static final List<Map.Entry<String, Function<ReductionMetric, Object>>> METRIC_FIELDS = List.of(
            Map.entry("unit", ReductionMetric::getUnit),
            Map.entry("tons", ReductionMetric::getTons),
            Map.entry("baseline tons", ReductionMetric::getBaselineTons),
            Map.entry("reduction", ReductionMetric::getReduction),
            Map.entry("reduction issue", ReductionMetric::getReductionIssue),
            Map.entry("TEU", ReductionMetric::getTeu),
            Map.entry("baseline TEU", ReductionMetric::getBaselineTeu),
            Map.entry("tons per 10,000 TEU", ReductionMetric::getTonsPer10kTeu),
            Map.entry("efficiency reduction", ReductionMetric::getEfficiencyReduction),
            Map.entry("efficiency issue", ReductionMetric::getEfficiencyIssue),
            Map.entry("2017 tons", ReductionMetric::getTons2017),
            Map.entry("reduction vs 2017", ReductionMetric::getReduction2017),
            Map.entry("reduction vs 2017 issue", ReductionMetric::getReduction2017Issue),
            Map.entry("2017 TEU", ReductionMetric::getTeu2017),
            Map.entry("efficiency reduction vs 2017", ReductionMetric::getEfficiencyReduction2017),
            Map.entry("efficiency vs 2017 issue", ReductionMetric::getEfficiency2017Issue),
            Map.entry("caveat", ReductionMetric::getCaveat));

    private FigureComparison() {
    }

    /** Every difference between the original and the re-run; empty means they match. */
    public static List<Difference> compare(RunFigures original, RunFigures rerun) {
        List<Difference> differences = new ArrayList<>();
        differences.addAll(metrics(original.metrics(), rerun.metrics()));
        differences.addAll(compliance(original.compliance(), rerun.compliance()));
        differences.addAll(progress(original.progress(), rerun.progress()));
        compareValue(differences, "report data SHA-256", original.dataSha256(), rerun.dataSha256());
        compareValue(differences, "report PDF SHA-256", original.pdfSha256(), rerun.pdfSha256());
        return differences;
    }

    /** Metrics are matched by scope, category, pollutant and data year, then compared field by field. */
    public static List<Difference> metrics(List<ReductionMetric> original, List<ReductionMetric> rerun) {
        Map<String, ReductionMetric> originals = byKey(original);
        Map<String, ReductionMetric> reruns = byKey(rerun);
        List<Difference> differences = new ArrayList<>();
        originals.forEach((key, o) -> {
            ReductionMetric r = reruns.get(key);
            if (r == null) {
                differences.add(new Difference("metric " + key, "present", "missing"));
                return;
            }
            for (Map.Entry<String, Function<ReductionMetric, Object>> field : METRIC_FIELDS) {
                compareValue(differences, "metric " + key + " " + field.getKey(), text(field.getValue().apply(o)),
                        text(field.getValue().apply(r)));
            }
        });
        reruns.keySet().stream().filter(key -> !originals.containsKey(key))
                .forEach(key -> differences.add(new Difference("metric " + key, "missing", "present")));
        return differences;
    }

    /** Compliance items are matched by port and rule key; every field of the item is compared. */
    public static List<Difference> compliance(Map<Port, List<ComplianceItem>> original,
                                              Map<Port, List<ComplianceItem>> rerun) {
        List<Difference> differences = new ArrayList<>();
        for (Port port : Port.values()) {
            Map<String, ComplianceItem> originals = itemsByRule(original.getOrDefault(port, List.of()));
            Map<String, ComplianceItem> reruns = itemsByRule(rerun.getOrDefault(port, List.of()));
            originals.forEach((rule, o) -> {
                ComplianceItem r = reruns.get(rule);
                String what = "compliance " + port + " " + rule;
                if (r == null) {
                    differences.add(new Difference(what, "present", "missing"));
                } else {
                    compareValue(differences, what + " status", o.status().name(), r.status().name());
                    if (o.status() == r.status() && !o.equals(r)) {
                        differences.add(new Difference(what, o.toString(), r.toString()));
                    }
                }
            });
            reruns.keySet().stream().filter(rule -> !originals.containsKey(rule)).forEach(rule ->
                    differences.add(new Difference("compliance " + port + " " + rule, "missing", "present")));
        }
        return differences;
    }

    /**
     * The stored CAAP progress (standards, trends, QA flags, zero-emission shares), section by section, value by
     * value in stored order (their order is deterministic): each is a value record, compared as its text.
     */
    public static List<Difference> progress(Map<String, List<?>> original, Map<String, List<?>> rerun) {
        List<Difference> differences = new ArrayList<>();
        java.util.Set<String> sections = new java.util.LinkedHashSet<>(original.keySet());
        sections.addAll(rerun.keySet());
        for (String section : sections) {
            List<?> o = original.getOrDefault(section, List.of());
            List<?> r = rerun.getOrDefault(section, List.of());
            for (int i = 0; i < Math.max(o.size(), r.size()); i++) {
                compareValue(differences, section + " #" + (i + 1), i < o.size() ? String.valueOf(o.get(i)) : null,
                        i < r.size() ? String.valueOf(r.get(i)) : null);
            }
        }
        return differences;
    }

    /** "SAN_PEDRO_BAY ALL NOx 2025": the key a person reads in a list of differences. */
    public static String key(ReductionMetric m) {
        return m.getScope() + " " + (m.getCategory() == null ? "ALL" : m.getCategory().name()) + " "
                + m.getPollutant().code() + " " + m.getDataYear();
    }

    private static Map<String, ReductionMetric> byKey(List<ReductionMetric> metrics) {
        Map<String, ReductionMetric> map = new LinkedHashMap<>();
        metrics.forEach(m -> map.put(key(m), m));
        return map;
    }

    private static Map<String, ComplianceItem> itemsByRule(List<ComplianceItem> items) {
        Map<String, ComplianceItem> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(i.ruleKey(), i));
        return map;
    }

    private static void compareValue(List<Difference> differences, String what, String original, String rerun) {
        if (!Objects.equals(original, rerun)) {
            differences.add(new Difference(what, original, rerun));
        }
    }

    /** Numbers in plain notation without trailing zeros, so a value read back at another scale compares equal. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
