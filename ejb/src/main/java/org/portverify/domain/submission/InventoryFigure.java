package org.portverify.domain.submission;

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
import org.portverify.domain.model.SubCategory;

/**
 * One accepted emission figure, exactly as submitted (value in its own unit), with the submission and line it came
 * from. Conversion to the reporting unit happens when metrics are computed, never in storage. The figures of one
 * category add up to its total: a sub-category is a part of it, no sub-category the part not reported separately.
 */
@Entity
@Table(name = "inventory_figure")
public class InventoryFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_figure_seq")
    @SequenceGenerator(name = "inventory_figure_seq", sequenceName = "inventory_figure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(name = "data_year", nullable = false)
    private int dataYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SourceCategory category;

    /** Null when the figure is not split out of its category. */
    @Enumerated(EnumType.STRING)
    @Column(name = "sub_category", length = 32)
    private SubCategory subCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Pollutant pollutant;

    @Column(name = "amount", nullable = false, precision = 24, scale = 9)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MassUnit unit;

    @Column(name = "source_line", nullable = false)
    private long sourceLine;

    protected InventoryFigure() {
    }

    /** A figure of a whole category (no sub-category). */
    public InventoryFigure(long submissionId, int dataYear, SourceCategory category, Pollutant pollutant,
                           BigDecimal value, MassUnit unit, long sourceLine) {
        this(submissionId, dataYear, category, null, pollutant, value, unit, sourceLine);
    }

    public InventoryFigure(long submissionId, int dataYear, SourceCategory category, SubCategory subCategory,
                           Pollutant pollutant, BigDecimal value, MassUnit unit, long sourceLine) {
        if (subCategory != null && subCategory.category() != category) {
            throw new IllegalArgumentException(subCategory + " is not a part of " + category);
        }
        this.submissionId = submissionId;
        this.dataYear = dataYear;
        this.category = category;
        this.subCategory = subCategory;
        this.pollutant = pollutant;
        this.value = value;
        this.unit = unit;
        this.sourceLine = sourceLine;
    }

    /** The value in the pollutant's reporting unit (short tons for criteria pollutants, metric tons for GHG). */
    public BigDecimal valueInReportingUnit() {
        return unit.convert(value, pollutant.reportingUnit());
    }

    public Long getId() {
        return id;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public int getDataYear() {
        return dataYear;
    }

    public SourceCategory getCategory() {
        return category;
    }

    /** The part of the category this figure is, or null for the category (or its remainder). */
    public SubCategory getSubCategory() {
        return subCategory;
    }

    public Pollutant getPollutant() {
        return pollutant;
    }

    public BigDecimal getValue() {
        return value;
    }

    public MassUnit getUnit() {
        return unit;
    }

    public long getSourceLine() {
        return sourceLine;
    }
}
