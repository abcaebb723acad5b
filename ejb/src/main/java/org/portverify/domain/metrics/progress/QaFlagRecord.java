package org.portverify.domain.metrics.progress;

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

import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.qa.FlagLevel;
import org.portverify.domain.metrics.qa.QaFlag;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;

/** One {@link QaFlag} as a run stored it, at its position in {@link QaFlag#ORDER}. */
@Entity
@Table(name = "qa_flag")
public class QaFlagRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_flag_seq")
    @SequenceGenerator(name = "qa_flag_seq", sequenceName = "qa_flag_seq", allocationSize = 50)
    private Long id;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(nullable = false)
    private int position;

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
        this.executionId = executionId;
        this.position = position;
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
