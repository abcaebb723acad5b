package org.portverify.infrastructure.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;

import org.portverify.domain.agreement.Milestone;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.ClaimedFigure;
import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.FleetFigure;
import org.portverify.domain.submission.Severity;
import org.portverify.domain.submission.SubmissionPart;
import org.portverify.domain.submission.ValidationFinding;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.domain.submission.PreviousEdition;
import org.portverify.domain.submission.RejectedRecord;
import org.portverify.domain.submission.ReviewState;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionStatus;
import org.portverify.domain.submission.Throughput;

/** Submissions, their accepted figures and their refused records. */
@ApplicationScoped
public class SubmissionRepository {

    /** The entity each record part is stored as. */
    private static final Map<SubmissionPart, String> ENTITY = Map.of(
            SubmissionPart.EMISSIONS, "InventoryFigure",
            SubmissionPart.THROUGHPUT, "Throughput",
            SubmissionPart.MILESTONES, "Milestone",
            SubmissionPart.FLEET, "FleetFigure",
            SubmissionPart.CLAIMS, "ClaimedFigure");

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    public Submission find(long id) {
        return em.find(Submission.class, id);
    }

    private static final List<SubmissionStatus> ACCEPTED = List.of(SubmissionStatus.ACCEPTED,
            SubmissionStatus.ACCEPTED_WITH_WARNINGS);
    private static final List<ReviewState> FEEDING = java.util.Arrays.stream(ReviewState.values())
            .filter(ReviewState::feedsRuns).toList();
    private static final List<ReviewState> PENDING = java.util.Arrays.stream(ReviewState.values())
            .filter(ReviewState::pending).toList();

    public void add(Object entity) {
        em.persist(entity);
    }

    /** The port's accepted edition of the year before {@code reportingYear}, with its figures, if any. */
    public PreviousEdition previousEdition(Port port, int reportingYear) {
        return current(port, reportingYear - 1).map(p -> new PreviousEdition(p.getEdition(), figures(p.getId())))
                .orElse(PreviousEdition.none());
    }

    public Optional<Submission> latest(Port port, int reportingYear) {
        return em.createQuery("select s from Submission s where s.port = :port and s.reportingYear = :year "
                        + "order by s.version desc", Submission.class)
                .setParameter("port", port).setParameter("year", reportingYear)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Whether a version was rejected because its ingest failed on the server's side (a 500 code among its refusals). */
    public boolean rejectedOnServerFailure(long submissionId) {
        List<String> serverCodes = Arrays.stream(ErrorCode.values()).filter(ErrorCode::isServerFailure)
                .map(ErrorCode::code).toList();
        return em.createQuery("select count(r) from RejectedRecord r where r.submissionId = :id and r.code in :codes",
                Long.class).setParameter("id", submissionId).setParameter("codes", serverCodes).getSingleResult() > 0;
    }

    /**
     * The version of a port's package that feeds the year's runs, if any: the latest accepted on validation and by the
     * review (or filed through the regulator's folder).
     */
    public Optional<Submission> current(Port port, int reportingYear) {
        return em.createQuery("select s from Submission s where s.port = :port and s.reportingYear = :year "
                        + "and s.status in :accepted and s.reviewState in :feeding order by s.version desc",
                        Submission.class)
                .setParameter("port", port).setParameter("year", reportingYear)
                .setParameter("accepted", ACCEPTED).setParameter("feeding", FEEDING)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Versions before {@code version} that passed validation and still wait in the review: a new version replaces them. */
    public List<Submission> pendingBefore(Port port, int reportingYear, int version) {
        return em.createQuery("select s from Submission s where s.port = :port and s.reportingYear = :year "
                        + "and s.version < :version and s.status in :accepted and s.reviewState in :pending "
                        + "order by s.version", Submission.class)
                .setParameter("port", port).setParameter("year", reportingYear).setParameter("version", version)
                .setParameter("accepted", ACCEPTED).setParameter("pending", PENDING).getResultList();
    }

    /** The versions of the year (of one port, or both when {@code port} is null) that wait for someone. */
    public List<Submission> awaiting(int reportingYear, Port port) {
        return em.createQuery("select s from Submission s where s.reportingYear = :year and (:port is null or "
                        + "s.port = :port) and s.status in :accepted and s.reviewState in :pending "
                        + "order by s.port, s.version", Submission.class)
                .setParameter("year", reportingYear).setParameter("port", port)
                .setParameter("accepted", ACCEPTED).setParameter("pending", PENDING).getResultList();
    }

    /** The version, locked until the caller's transaction ends: two decisions on it cannot interleave. */
    public Submission locked(long submissionId) {
        return em.find(Submission.class, submissionId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Submission> withStatus(int reportingYear, SubmissionStatus status) {
        return em.createQuery("select s from Submission s where s.reportingYear = :year and s.status = :status "
                        + "order by s.id", Submission.class)
                .setParameter("year", reportingYear).setParameter("status", status).getResultList();
    }

    /** The RECEIVED versions whose ingest {@code executionId} runs, in the order it reads them. */
    public List<Submission> ingestedBy(long executionId) {
        return em.createQuery("select s from Submission s where s.ingestExecutionId = :execution "
                        + "and s.status = :status order by s.id", Submission.class)
                .setParameter("execution", executionId).setParameter("status", SubmissionStatus.RECEIVED)
                .getResultList();
    }

    public List<InventoryFigure> figures(long submissionId) {
        return em.createQuery("select f from InventoryFigure f where f.submissionId = :id order by f.id",
                InventoryFigure.class).setParameter("id", submissionId).getResultList();
    }

    public List<Throughput> throughput(long submissionId) {
        return em.createQuery("select t from Throughput t where t.submissionId = :id order by t.dataYear",
                Throughput.class).setParameter("id", submissionId).getResultList();
    }

    public List<Milestone> milestones(long submissionId) {
        return em.createQuery("select m from Milestone m where m.submissionId = :id order by m.id", Milestone.class)
                .setParameter("id", submissionId).getResultList();
    }

    /** A version's claims in file order. */
    public List<ClaimedFigure> claims(long submissionId) {
        return em.createQuery("select c from ClaimedFigure c where c.submissionId = :id order by c.sourceLine",
                ClaimedFigure.class).setParameter("id", submissionId).getResultList();
    }

    public List<FleetFigure> fleet(long submissionId) {
        return em.createQuery("select f from FleetFigure f where f.submissionId = :id order by f.id",
                FleetFigure.class).setParameter("id", submissionId).getResultList();
    }

    public List<ValidationFinding> findings(long submissionId) {
        return em.createQuery("select w from ValidationFinding w where w.submissionId = :id "
                        + "order by w.fileName, w.lineNumber, w.code", ValidationFinding.class)
                .setParameter("id", submissionId).getResultList();
    }

    /** Every version of a port's package for a year, newest first: the submission history. */
    public List<Submission> versions(Port port, int reportingYear) {
        return em.createQuery("select s from Submission s where s.port = :port and s.reportingYear = :year "
                        + "order by s.version desc", Submission.class)
                .setParameter("port", port).setParameter("year", reportingYear).getResultList();
    }

    /** The version, which must exist (PV-4007 otherwise): what the API's paths name. */
    public Submission existingVersion(Port port, int reportingYear, int version) {
        return version(port, reportingYear, version)
                .orElseThrow(() -> new RuleViolation(ErrorCode.SUBMISSION_NOT_FOUND, version, port, reportingYear));
    }

    public Optional<Submission> version(Port port, int reportingYear, int version) {
        return em.createQuery("select s from Submission s where s.port = :port and s.reportingYear = :year "
                        + "and s.version = :version", Submission.class)
                .setParameter("port", port).setParameter("year", reportingYear).setParameter("version", version)
                .getResultStream().findFirst();
    }

    public List<RejectedRecord> rejected(long submissionId) {
        return em.createQuery("select r from RejectedRecord r where r.submissionId = :id "
                        + "order by r.fileName, r.lineNumber", RejectedRecord.class)
                .setParameter("id", submissionId).getResultList();
    }

    /**
     * The refused records of a version in report order (file, line, code), streamed: each is detached once read,
     * so a long report never fills the persistence context.
     */
    public Stream<Finding> rejectedInReportOrder(long submissionId) {
        return em.createQuery("select r from RejectedRecord r where r.submissionId = :id "
                        + "order by r.fileName, r.lineNumber, r.code, r.id", RejectedRecord.class)
                .setParameter("id", submissionId).getResultStream().map(r -> {
                    em.detach(r);
                    return r.finding();
                });
    }

    /** The kept findings of a version in report order (severity, file, line, code), streamed like the refused. */
    public Stream<Finding> findingsInReportOrder(long submissionId) {
        return em.createQuery("select w from ValidationFinding w where w.submissionId = :id "
                        + "order by w.severity, w.fileName, w.lineNumber, w.code, w.id", ValidationFinding.class)
                .setParameter("id", submissionId).getResultStream().map(w -> {
                    em.detach(w);
                    return w.finding();
                });
    }

    public long countFindings(long submissionId, Severity severity) {
        return em.createQuery("select count(w) from ValidationFinding w where w.submissionId = :id "
                        + "and w.severity = :severity", Long.class)
                .setParameter("id", submissionId).setParameter("severity", severity).getSingleResult();
    }

    /** How many records of each part a version holds (what its ingest kept). */
    public record RecordCounts(long figures, long throughput, long milestones, long fleet) {
    }

    public RecordCounts countRecords(long submissionId) {
        return new RecordCounts(count("InventoryFigure", submissionId), count("Throughput", submissionId),
                count("Milestone", submissionId), count("FleetFigure", submissionId));
    }

    private long count(String entity, long submissionId) {
        return em.createQuery("select count(x) from " + entity + " x where x.submissionId = :id", Long.class)
                .setParameter("id", submissionId).getSingleResult();
    }

    public long countRejected(long submissionId) {
        return em.createQuery("select count(r) from RejectedRecord r where r.submissionId = :id", Long.class)
                .setParameter("id", submissionId).getSingleResult();
    }

    /**
     * The last line the version holds per file, accepted (per record part) or refused (per file name): where its
     * ingest resumes. One indexed lookup per table (the line keys of V11 lead with the version).
     */
    public Map<String, Long> lastLines(long submissionId) {
        List<?> rows = em.createNativeQuery("select 'emissions.csv', max(source_line) from inventory_figure"
                        + " where submission_id = :id"
                        + " union all select 'throughput.csv', max(source_line) from throughput where submission_id = :id"
                        + " union all select 'milestones.csv', max(source_line) from milestone where submission_id = :id"
                        + " union all select 'fleet.csv', max(source_line) from fleet_figure where submission_id = :id"
                        + " union all select 'claims.csv', max(source_line) from claimed_figure where submission_id = :id"
                        + " union all select file_name, max(line_number) from rejected_record where submission_id = :id"
                        + " group by file_name")
                .setParameter("id", submissionId).getResultList();
        Map<String, Long> last = new java.util.HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            if (columns[1] != null) {
                last.merge(String.valueOf(columns[0]).trim(), ((Number) columns[1]).longValue(), Math::max);
            }
        }
        return last;
    }

    public boolean hasFinding(long submissionId, org.portverify.domain.error.ErrorCode code) {
        return em.createQuery("select count(w) from ValidationFinding w where w.submissionId = :id and w.code = :code",
                Long.class).setParameter("id", submissionId).setParameter("code", code.code()).getSingleResult() > 0;
    }

    /** The REJECTED uploads received before {@code cutoff} whose stored package is still kept. */
    public List<Submission> rejectedUploadsReceivedBefore(java.time.Instant cutoff) {
        return em.createQuery("select s from Submission s where s.status = :rejected and s.uploadedBy is not null "
                        + "and s.packageExpiredAt is null and s.receivedAt < :cutoff order by s.id", Submission.class)
                .setParameter("rejected", SubmissionStatus.REJECTED).setParameter("cutoff", cutoff).getResultList();
    }

    /** Whether a version other than {@code submissionId} reads the same stored package and still keeps it. */
    public boolean packageKeptByAnother(long submissionId, String sourceLocation) {
        return em.createQuery("select count(s) from Submission s where s.id <> :id and s.sourceLocation = :location "
                        + "and s.packageExpiredAt is null", Long.class)
                .setParameter("id", submissionId).setParameter("location", sourceLocation).getSingleResult() > 0;
    }

    /** Removes a rejected submission's accepted records: none of them may count (its report keeps the reasons). */
    public void withdrawRecords(long submissionId) {
        for (SubmissionPart part : SubmissionPart.recordParts()) {
            em.createQuery("delete from " + ENTITY.get(part) + " e where e.submissionId = :id")
                    .setParameter("id", submissionId).executeUpdate();
        }
    }

    /** Removes the one accepted record of a part that a package-level rule refused. */
    public void withdrawRecord(long submissionId, SubmissionPart part, long line) {
        em.createQuery("delete from " + ENTITY.get(part) + " e where e.submissionId = :id and e.sourceLine = :line")
                .setParameter("id", submissionId).setParameter("line", line).executeUpdate();
    }
}
