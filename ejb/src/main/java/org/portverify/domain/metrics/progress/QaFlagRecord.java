package org.portverify.domain.metrics.progress;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.qa.FlagLevel;
import org.portverify.domain.metrics.qa.QaFlag;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.run.RunRow;

/** One {@link QaFlag} as a run stored it, at its position in {@link QaFlag#ORDER}. */
@Entity
@Table(name = "qa_flag")
public class QaFlagRecord extends RunRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "flag_level", nullable = false, length = 8)
    private FlagLevel level;

    @Column(nullable = false, length = 16)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Scope scope;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private SourceCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Pollutant pollutant;

    @Column(name = "data_year", nullable = false)
    private int dataYear;

    @Column(name = "flag_value", precision = 40, scale = 24)
    private BigDecimal value;

    @Column(nullable = false, length = 1000)
    private String message;

    protected QaFlagRecord() {
    }

    public QaFlagRecord(long executionId, int position, QaFlag flag) {
        super(executionId, position);
        this.level = flag.level();
        this.code = flag.code().code();
        this.scope = flag.scope();
        this.category = flag.category();
        this.pollutant = flag.pollutant();
        this.dataYear = flag.dataYear();
        this.value = flag.value();
        this.message = flag.message();
    }

    public QaFlag toFlag() {
        return new QaFlag(level, Stored.code(code), scope, category, pollutant, dataYear, Stored.decimal(value),
                message);
    }
}
