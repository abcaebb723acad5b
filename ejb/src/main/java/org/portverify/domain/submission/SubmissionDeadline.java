package org.portverify.domain.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * The date by which the ports' packages for a reporting year are due, set by an administrator. A version is late when
 * it was received after the end of that day in the regulator's time ({@link #REGULATOR_TIME}): a package received at
 * 23:59 in Diamond Bar on the due date is on time, one at 00:00 the next day is late. A year nobody set has none.
 */
@Entity
@Table(name = "submission_deadline")
public class SubmissionDeadline {

    /** South Coast AQMD's time zone: where the due date is read. */
    public static final ZoneId REGULATOR_TIME = ZoneId.of("America/Los_Angeles");

    @Id
    @Column(name = "reporting_year")
    private int reportingYear;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "set_by", nullable = false, length = 128)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected SubmissionDeadline() {
    }

    public SubmissionDeadline(int reportingYear, LocalDate dueDate, String setBy, Instant setAt) {
        this.reportingYear = reportingYear;
        change(dueDate, setBy, setAt);
    }

    /** Another due date for the year. */
    public void change(LocalDate due, String by, Instant at) {
        this.dueDate = Objects.requireNonNull(due, "due");
        this.setBy = Objects.requireNonNull(by, "by");
        this.setAt = Objects.requireNonNull(at, "at");
    }

    /** A due date as given, {@code YYYY-MM-DD}, in the reporting year or the three after it; PV-4023 otherwise. */
    public static LocalDate parse(String text, int reportingYear) {
        try {
            LocalDate due = LocalDate.parse(text == null ? "" : text.strip());
            if (due.getYear() >= reportingYear && due.getYear() <= reportingYear + 3) {
                return due;
            }
        } catch (DateTimeParseException e) {
            // refused below, with the text as given
        }
        throw new RuleViolation(ErrorCode.DEADLINE_INVALID, text, reportingYear, reportingYear + 3);
    }

    /** Whether something received at {@code receivedAt} missed a deadline of {@code due}. */
    public static boolean missed(Instant receivedAt, LocalDate due) {
        return receivedAt.atZone(REGULATOR_TIME).toLocalDate().isAfter(due);
    }

    public int getReportingYear() {
        return reportingYear;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
