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

import org.portverify.domain.model.CapacityUnit;
import org.portverify.domain.model.SourceCategory;

/**
 * A port's zero-emission fleet and infrastructure in one source category at the end of one data year: zero-emission
 * units among all units, chargers, and the charging or fueling capacity, as submitted with the line it came from.
 */
@Entity
@Table(name = "fleet_figure")
public class FleetFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fleet_figure_seq")
    @SequenceGenerator(name = "fleet_figure_seq", sequenceName = "fleet_figure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(name = "data_year", nullable = false)
    private int dataYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SourceCategory category;

    @Column(name = "ze_units", nullable = false)
    private long zeUnits;

    @Column(name = "total_units", nullable = false)
    private long totalUnits;

    @Column(nullable = false)
    private long chargers;

    @Column(nullable = false, precision = 24, scale = 9)
    private BigDecimal capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "capacity_unit", nullable = false, length = 16)
    private CapacityUnit capacityUnit;

    @Column(name = "source_line", nullable = false)
    private long sourceLine;

    protected FleetFigure() {
    }

    public FleetFigure(long submissionId, int dataYear, SourceCategory category, long zeUnits, long totalUnits,
                       long chargers, BigDecimal capacity, CapacityUnit capacityUnit, long sourceLine) {
        this.submissionId = submissionId;
        this.dataYear = dataYear;
        this.category = category;
        this.zeUnits = zeUnits;
        this.totalUnits = totalUnits;
        this.chargers = chargers;
        this.capacity = capacity;
        this.capacityUnit = capacityUnit;
        this.sourceLine = sourceLine;
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

    public long getZeUnits() {
        return zeUnits;
    }

    public long getTotalUnits() {
        return totalUnits;
    }

    public long getChargers() {
        return chargers;
    }

    public BigDecimal getCapacity() {
        return capacity;
    }

    public CapacityUnit getCapacityUnit() {
        return capacityUnit;
    }

    public long getSourceLine() {
        return sourceLine;
    }
}
