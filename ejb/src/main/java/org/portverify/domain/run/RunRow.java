package org.portverify.domain.run;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row a verification run stored: its id, the run's execution and the row's place in the run's (deterministic)
 * order, which is how it is read back.
 *
 * <p>Each table keeps its own sequence. The id names no generator, so Hibernate takes the table's own:
 * {@code <table>_seq} with an allocation of 50, which is exactly the sequence the migrations create for every run row
 * table ({@code create sequence <table>_seq start with 1 increment by 50}). A named generator per subclass would
 * work too, but Hibernate warns about the same generator name bound to five sequences.
 */
@MappedSuperclass
public abstract class RunRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(nullable = false)
    private int position;

    protected RunRow() {
    }

    protected RunRow(long executionId, int position) {
        this.executionId = executionId;
        this.position = position;
    }

    public long getExecutionId() {
        return executionId;
    }

    public int getPosition() {
        return position;
    }
}
