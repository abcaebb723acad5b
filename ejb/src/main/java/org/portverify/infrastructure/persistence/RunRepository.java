package org.portverify.infrastructure.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.report.BoardReport;
import org.portverify.domain.report.BoardReportListing;
import org.portverify.domain.run.VerificationRun;
import org.portverify.reports.ReportStatus;

/** Verification runs with what they computed: metrics and board reports. */
@ApplicationScoped
public class RunRepository {

    /**
     * A re-verification's re-run reproduces a report to compare it with the original's; it is never the year's
     * report nor listed for the board.
     */
    private static final String NOT_A_RERUN = "r.executionId not in "
            + "(select v.executionId from VerificationRun v where v.reverifiesExecutionId is not null)";

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    public Optional<VerificationRun> find(long executionId) {
        return Optional.ofNullable(em.find(VerificationRun.class, executionId));
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public List<ReductionMetric> metrics(long executionId) {
        return em.createQuery("select m from ReductionMetric m where m.executionId = :id order by m.id",
                ReductionMetric.class).setParameter("id", executionId).getResultList();
    }

    public void deleteMetrics(long executionId) {
        em.createQuery("delete from ReductionMetric m where m.executionId = :id")
                .setParameter("id", executionId).executeUpdate();
    }

    public Optional<BoardReport> report(long executionId) {
        return em.createQuery("select r from BoardReport r where r.executionId = :id", BoardReport.class)
                .setParameter("id", executionId).getResultStream().findFirst();
    }

    public void deleteReport(long executionId) {
        em.createQuery("delete from BoardReport r where r.executionId = :id")
                .setParameter("id", executionId).executeUpdate();
    }

    /** The report of the most recent run for a reporting year. */
    public Optional<BoardReport> latestReport(int reportingYear) {
        return em.createQuery("select r from BoardReport r where r.reportingYear = :year and " + NOT_A_RERUN
                        + " order by r.executionId desc", BoardReport.class)
                .setParameter("year", reportingYear).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The report of each reporting year's latest run marked FINAL (never a re-run), newest year first, without its
     * bytes: what the public view releases.
     */
    public List<BoardReportListing> finalReportListings() {
        List<BoardReportListing> newestFirst = em.createQuery("select new org.portverify.domain.report"
                        + ".BoardReportListing(r.reportingYear, r.executionId, r.asOfDate, r.pdfSha256, r.dataSha256,"
                        + " r.sizeBytes) from BoardReport r where " + NOT_A_RERUN + " and r.executionId in (select"
                        + " v.executionId from VerificationRun v where v.reportStatus = :final)"
                        + " order by r.reportingYear desc, r.executionId desc", BoardReportListing.class)
                .setParameter("final", ReportStatus.FINAL).getResultList();
        Map<Integer, BoardReportListing> latest = new LinkedHashMap<>();
        newestFirst.forEach(r -> latest.putIfAbsent(r.reportingYear(), r));
        return List.copyOf(latest.values());
    }

    /** Every report the board may read, without its bytes, newest reporting year and run first. */
    public List<BoardReportListing> reportListings() {
        return em.createQuery("select new org.portverify.domain.report.BoardReportListing(r.reportingYear, "
                        + "r.executionId, r.asOfDate, r.pdfSha256, r.dataSha256, r.sizeBytes) from BoardReport r "
                        + "where " + NOT_A_RERUN + " order by r.reportingYear desc, r.executionId desc",
                        BoardReportListing.class)
                .getResultList();
    }
}
