package org.portverify.domain.agreement.compliance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.portverify.domain.agreement.PenaltySchedule;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;

/**
 * The penalties charged for defaults, each default once, and what a new run adds to them.
 *
 * <p>How a default found by a run is charged, with the run's rules version's {@link PenaltySchedule}:
 * <ul>
 *   <li>never charged for this port and rule before: {@link ChargeKind#FIRST}, level 0;</li>
 *   <li>the same default (port, rule, due date) already charged in this reporting year: nothing (a rerun, or a
 *       second run of the year);</li>
 *   <li>the same default charged in an earlier reporting year: nothing when it is cured (COMPLETED_LATE) or when the
 *       schedule charges a default once; when it is still MISSED and the schedule charges each reporting year,
 *       {@link ChargeKind#CONTINUING};</li>
 *   <li>the rule charged before for another due date: {@link ChargeKind#REPEAT}.</li>
 * </ul>
 * The level of a charge is the number of earlier charges of the port for the rule, so continuing and repeated
 * defaults climb the schedule to its cap. Only entries of the run's reporting year and earlier count: re-verifying
 * an old year sees the ledger as it stood then. A charge is never removed; a waiver is a Board decision outside the
 * engine.
 */
public final class DefaultsLedger {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final List<LedgerEntry> entries;

    private DefaultsLedger(List<LedgerEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static DefaultsLedger empty() {
        return new DefaultsLedger(List.of());
    }

    /** The ledger as charged by earlier runs, both ports, any years. */
    public static DefaultsLedger of(Collection<LedgerEntry> entries) {
        return new DefaultsLedger(new ArrayList<>(entries));
    }

    public List<LedgerEntry> entries() {
        return entries;
    }

    /**
     * The entries a run charges for the defaults of {@code evaluation}, in its default order; none when every default
     * is already charged.
     *
     * @param reportingYear the run's reporting year, the charging period
     * @param runId         the run that charges them
     * @throws RuleViolation PV-2030 when {@code reportingYear} is after the year of the evaluation's as-of date
     */
    public List<LedgerEntry> chargesFor(ComplianceEvaluation evaluation, int reportingYear, long runId) {
        Objects.requireNonNull(evaluation, "evaluation");
        if (reportingYear > evaluation.asOf().getYear()) {
            throw new RuleViolation(ErrorCode.LEDGER_YEAR_AFTER_AS_OF, reportingYear, evaluation.asOf());
        }
        Port port = evaluation.port();
        PenaltySchedule schedule = evaluation.rules().penaltySchedule();
        List<LedgerEntry> charges = new ArrayList<>();
        for (ComplianceItem found : evaluation.defaults()) {
            List<LedgerEntry> history = entries.stream()
                    .filter(e -> e.port() == port && e.ruleKey().equals(found.ruleKey())
                            && e.reportingYear() <= reportingYear)
                    .toList();
            List<LedgerEntry> sameDefault = history.stream()
                    .filter(e -> e.isSameDefault(port, found.ruleKey(), found.dueDate())).toList();
            ChargeKind kind;
            if (sameDefault.stream().anyMatch(e -> e.reportingYear() == reportingYear)) {
                continue;
            } else if (!sameDefault.isEmpty()) {
                boolean continues = found.status() == ComplianceStatus.MISSED
                        && schedule.continuing() == PenaltySchedule.Continuing.CHARGED_EACH_REPORTING_YEAR;
                if (!continues) {
                    continue;
                }
                kind = ChargeKind.CONTINUING;
            } else {
                kind = history.isEmpty() ? ChargeKind.FIRST : ChargeKind.REPEAT;
            }
            int level = history.size();
            charges.add(new LedgerEntry(port, found.ruleKey(), found.dueDate(), found.status(), evaluation.asOf(),
                    reportingYear, kind, level, schedule.amount(level), runId, evaluation.rules().version()));
        }
        return List.copyOf(charges);
    }

    /** This ledger with {@code charges} added. */
    public DefaultsLedger with(Collection<LedgerEntry> charges) {
        List<LedgerEntry> all = new ArrayList<>(entries);
        all.addAll(charges);
        return new DefaultsLedger(all);
    }

    /** This ledger with the charges of a run added: {@code with(chargesFor(evaluation, reportingYear, runId))}. */
    public DefaultsLedger charge(ComplianceEvaluation evaluation, int reportingYear, long runId) {
        return with(chargesFor(evaluation, reportingYear, runId));
    }

    /** Everything charged, both ports, all years. */
    public BigDecimal total() {
        return sum(e -> true);
    }

    /** Everything charged to {@code port}. */
    public BigDecimal total(Port port) {
        return sum(e -> e.port() == port);
    }

    /** What {@code port} was charged in {@code reportingYear}. */
    public BigDecimal total(Port port, int reportingYear) {
        return sum(e -> e.port() == port && e.reportingYear() == reportingYear);
    }

    /** What both ports were charged in {@code reportingYear}: that year's payments into the fund. */
    public BigDecimal total(int reportingYear) {
        return sum(e -> e.reportingYear() == reportingYear);
    }

    /** {@code port}'s charges per reporting year, years without a charge left out. */
    public SortedMap<Integer, BigDecimal> totalsByYear(Port port) {
        SortedMap<Integer, BigDecimal> totals = new TreeMap<>();
        entries.stream().filter(e -> e.port() == port)
                .forEach(e -> totals.merge(e.reportingYear(), e.amount(), BigDecimal::add));
        return totals;
    }

    private BigDecimal sum(Predicate<LedgerEntry> which) {
        return entries.stream().filter(which).map(LedgerEntry::amount).reduce(ZERO, BigDecimal::add);
    }
}
