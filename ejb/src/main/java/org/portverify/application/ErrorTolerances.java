package org.portverify.application;

import java.time.Instant;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.audit.AuditAction;
import org.portverify.domain.submission.ErrorTolerance;
import org.portverify.infrastructure.persistence.ErrorToleranceRepository;

/**
 * The regulator's error tolerance per reporting year: staff read it, an administrator sets it, and every version
 * of that year is judged with it (recorded on the version when its ingest starts).
 */
@Stateless
public class ErrorTolerances {

    /** Where a year's tolerance comes from. */
    public enum Source { DEFAULT, ADMINISTRATOR }

    /** A year's tolerance as staff see it; {@code setBy} and {@code setAt} are null for the default. */
    public record ToleranceView(int reportingYear, long skipLimit, Source source, String setBy, Instant setAt) {
    }

    @Inject
    private ErrorToleranceRepository tolerances;

    @Inject
    private AuditTrail audit;

    public ToleranceView of(int reportingYear) {
        return tolerances.of(reportingYear).map(ErrorTolerances::view)
                .orElse(new ToleranceView(reportingYear, ErrorTolerance.DEFAULT_SKIP_LIMIT, Source.DEFAULT, null, null));
    }

    /** The refused records a version of {@code reportingYear} may have and still be accepted. */
    public long skipLimitOf(int reportingYear) {
        return of(reportingYear).skipLimit();
    }

    /** Sets the year's tolerance as given ({@code skipLimit} as text; PV-4021 when it is not 0 to 100,000). */
    public ToleranceView set(int reportingYear, String skipLimit, String administrator) {
        long limit = ErrorTolerance.parse(skipLimit);
        Instant now = Instant.now();
        Optional<ErrorTolerance> existing = tolerances.of(reportingYear);
        audit.record(administrator, AuditAction.TOLERANCE_CHANGED, "tolerance", reportingYear,
                "skipLimit " + existing.map(ErrorTolerance::getSkipLimit).orElse(ErrorTolerance.DEFAULT_SKIP_LIMIT)
                        + " -> " + limit);
        if (existing.isPresent()) {
            existing.get().change(limit, administrator, now);
            return view(existing.get());
        }
        ErrorTolerance tolerance = new ErrorTolerance(reportingYear, limit, administrator, now);
        tolerances.add(tolerance);
        return view(tolerance);
    }

    private static ToleranceView view(ErrorTolerance t) {
        return new ToleranceView(t.getReportingYear(), t.getSkipLimit(), Source.ADMINISTRATOR, t.getSetBy(),
                t.getSetAt());
    }
}
