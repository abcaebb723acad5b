package org.portverify.domain.metrics;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;

/**
 * A computed CAAP metric of one verification run: for a scope, source category (null for all categories), pollutant
 * and data year, the tons and their reduction against the 2005 baseline and against 2017, both from the same edition,
 * absolute and per 10,000 TEU. A value that cannot be computed is null with the code that says why.
 */
@Entity
@Table(name = "reduction_metric")
public class ReductionMetric {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reduction_metric_seq")
    @SequenceGenerator(name = "reduction_metric_seq", sequenceName = "reduction_metric_seq", allocationSize = 50)
    private Long id;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Scope scope;

    /** Null means the total over all source categories. */
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private SourceCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Pollutant pollutant;

    @Column(name = "data_year", nullable = false)
    private int dataYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MassUnit unit;

    @Column(nullable = false, precision = 30, scale = 12)
    private BigDecimal tons;

    @Column(name = "baseline_tons", precision = 30, scale = 12)
    private BigDecimal baselineTons;

    @Column(precision = 30, scale = 20)
    private BigDecimal reduction;

    @Column
    private Long teu;

    @Column(name = "baseline_teu")
    private Long baselineTeu;

    @Column(name = "tons_per_10k_teu", precision = 30, scale = 16)
    private BigDecimal tonsPer10kTeu;

    @Column(name = "efficiency_reduction", precision = 30, scale = 20)
    private BigDecimal efficiencyReduction;

    @Column(name = "reduction_issue", length = 16)
    private String reductionIssue;

    @Column(name = "efficiency_issue", length = 16)
    private String efficiencyIssue;

    // The same comparison against 2017, which the inventories report next to 2005 since 2023 (POLB) and 2024 (POLA).

    @Column(name = "tons_2017", precision = 30, scale = 12)
    private BigDecimal tons2017;

    @Column(name = "reduction_2017", precision = 30, scale = 20)
    private BigDecimal reduction2017;

    @Column(name = "teu_2017")
    private Long teu2017;

    @Column(name = "efficiency_reduction_2017", precision = 30, scale = 20)
    private BigDecimal efficiencyReduction2017;

    @Column(name = "reduction_2017_issue", length = 16)
    private String reduction2017Issue;

    @Column(name = "efficiency_2017_issue", length = 16)
    private String efficiency2017Issue;

    /** Why the all-categories total is partial (categories missing, no ALL total), or null when it is complete. */
    @Column(length = 1000)
    private String caveat;

    protected ReductionMetric() {
    }

    ReductionMetric(long executionId, MetricKey key, BigDecimal tons) {
        this.executionId = executionId;
        this.scope = key.scope();
        this.category = key.category();
        this.pollutant = key.pollutant();
        this.dataYear = key.dataYear();
        this.unit = key.pollutant().reportingUnit();
        this.tons = tons;
    }

    void reductionAgainst(BigDecimal baselineTons, BigDecimal reduction) {
        this.baselineTons = baselineTons;
        this.reduction = reduction;
    }

    void efficiency(long teu, Long baselineTeu, BigDecimal tonsPer10kTeu, BigDecimal efficiencyReduction) {
        this.teu = teu;
        this.baselineTeu = baselineTeu;
        this.tonsPer10kTeu = tonsPer10kTeu;
        this.efficiencyReduction = efficiencyReduction;
    }

    void caveat(String caveat) {
        this.caveat = caveat;
    }

    void reductionIssue(String code) {
        this.reductionIssue = code;
    }

    void efficiencyIssue(String code) {
        this.efficiencyIssue = code;
    }

    void against2017(BigDecimal tons2017, BigDecimal reduction2017, String reduction2017Issue, Long teu2017,
                     BigDecimal efficiencyReduction2017, String efficiency2017Issue) {
        this.tons2017 = tons2017;
        this.reduction2017 = reduction2017;
        this.reduction2017Issue = reduction2017Issue;
        this.teu2017 = teu2017;
        this.efficiencyReduction2017 = efficiencyReduction2017;
        this.efficiency2017Issue = efficiency2017Issue;
    }

    /** The change vs 2005 as board tables show it ("-90%"), or "n/a" when it could not be computed. */
    public String displayChange() {
        return reduction == null ? "n/a" : Percentages.change(reduction.negate());
    }

    /** The change per 10,000 TEU vs 2005 as board tables show it, or "n/a". */
    public String displayEfficiencyChange() {
        return efficiencyReduction == null ? "n/a" : Percentages.change(efficiencyReduction.negate());
    }

    /** The change vs 2017 as board tables show it, or "n/a". */
    public String displayChange2017() {
        return reduction2017 == null ? "n/a" : Percentages.change(reduction2017.negate());
    }

    /** The change per 10,000 TEU vs 2017 as board tables show it, or "n/a". */
    public String displayEfficiencyChange2017() {
        return efficiencyReduction2017 == null ? "n/a" : Percentages.change(efficiencyReduction2017.negate());
    }

    /** The partial-inventory caveat of an all-categories figure, or null when its inventory is complete. */
    public String getCaveat() {
        return caveat;
    }

    public Long getId() {
        return id;
    }

    public long getExecutionId() {
        return executionId;
    }

    public Scope getScope() {
        return scope;
    }

    public SourceCategory getCategory() {
        return category;
    }

    public Pollutant getPollutant() {
        return pollutant;
    }

    public int getDataYear() {
        return dataYear;
    }

    public MassUnit getUnit() {
        return unit;
    }

    public BigDecimal getTons() {
        return tons;
    }

    public BigDecimal getBaselineTons() {
        return baselineTons;
    }

    public BigDecimal getReduction() {
        return reduction;
    }

    public Long getTeu() {
        return teu;
    }

    public Long getBaselineTeu() {
        return baselineTeu;
    }

    public BigDecimal getTonsPer10kTeu() {
        return tonsPer10kTeu;
    }

    public BigDecimal getEfficiencyReduction() {
        return efficiencyReduction;
    }

    public String getReductionIssue() {
        return reductionIssue;
    }

    public String getEfficiencyIssue() {
        return efficiencyIssue;
    }

    /** The same edition's 2017 tons, or null (see {@link #getReduction2017Issue()}). */
    public BigDecimal getTons2017() {
        return tons2017;
    }

    /** {@code (E_2017 - E_y) / E_2017}: positive when emissions fell since 2017. */
    public BigDecimal getReduction2017() {
        return reduction2017;
    }

    public Long getTeu2017() {
        return teu2017;
    }

    /** {@code 1 - eff_y / eff_2017}, tons per 10,000 TEU. */
    public BigDecimal getEfficiencyReduction2017() {
        return efficiencyReduction2017;
    }

    public String getReduction2017Issue() {
        return reduction2017Issue;
    }

    public String getEfficiency2017Issue() {
        return efficiency2017Issue;
    }
}
