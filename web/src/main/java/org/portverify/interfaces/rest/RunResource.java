package org.portverify.interfaces.rest;

import java.net.URI;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.portverify.application.AnnualVerifications;
import org.portverify.application.ReverificationRequests;
import org.portverify.application.Reverifications;
import org.portverify.application.VerificationOpinions;
import org.portverify.domain.run.Reverification;
import org.portverify.domain.run.RunSettings;
import org.portverify.domain.verification.CheckedClaim;
import org.portverify.interfaces.batch.RunHistory;
import org.portverify.interfaces.batch.RunSummary;

/**
 * Verification runs: start one for a reporting year, follow its steps and progress, list the history with the
 * reports produced, restart a failed run from its checkpoint, and re-verify a past run.
 */
@Path("runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    @EJB
    private AnnualVerifications verifications;

    @EJB
    private RunHistory history;

    @EJB
    private ReverificationRequests reverificationRequests;

    @EJB
    private Reverifications reverifications;

    @EJB
    private VerificationOpinions opinions;

    @Context
    private SecurityContext security;

    /** A re-verification as the API shows it. */
    public record ReverificationView(long id, long originalExecutionId, Long rerunExecutionId, String status,
                                     List<DifferenceView> differences, String requestedBy, String requestedAt,
                                     String completedAt, String failure) {

        static ReverificationView of(Reverification r) {
            return new ReverificationView(r.getId(), r.getOriginalExecutionId(), r.getRerunExecutionId(),
                    r.getStatus().name(), r.getDifferences().stream()
                            .map(d -> new DifferenceView(d.getWhat(), d.getOriginal(), d.getRerun())).toList(),
                    r.getRequestedBy(), r.getRequestedAt().toString(),
                    r.getCompletedAt() == null ? null : r.getCompletedAt().toString(), r.getFailure());
        }
    }

    /** One difference a re-verification found. */
    public record DifferenceView(String what, String original, String rerun) {
    }

    /** A port's verification opinion as the API shows it. */
    public record OpinionView(String port, String opinion, List<ReasonView> reasons) {
    }

    /** One reason of an opinion: its kind, the PV code behind it (or null) and what was found. */
    public record ReasonView(String kind, String code, String text) {
    }

    /** Starts annual-verification; 202 with the execution id and a Location to poll. */
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response start(@QueryParam("reportingYear") String reportingYear,
                          @QueryParam("asOfDate") String asOfDate,
                          @QueryParam("ghgReference1990") String ghgReference1990,
                          @QueryParam("trendWindow") String trendWindow,
                          @QueryParam("baselineTolerance") String baselineTolerance,
                          @QueryParam("reportConformance") String reportConformance,
                          @QueryParam("reportStatus") String reportStatus,
                          @QueryParam("materiality") String materiality,
                          @QueryParam("paperSize") String paperSize) {
        long executionId = verifications.start(security.getUserPrincipal().getName(),
                new RunSettings.Request(reportingYear, asOfDate, null, null, null, ghgReference1990, trendWindow,
                        baselineTolerance, reportConformance, reportStatus, materiality, paperSize));
        return Response.accepted(Map.of("executionId", executionId))
                .location(URI.create("api/runs/" + executionId)).build();
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.BOARD_STAFF})
    public List<RunSummary> list() {
        return history.list();
    }

    @GET
    @Path("{executionId}")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.BOARD_STAFF})
    public RunSummary status(@PathParam("executionId") String executionId) {
        return history.status(PathParams.id(executionId));
    }


    /**
     * Restarts a FAILED or STOPPED execution (or one a crash left STARTED) from its checkpoint; 202. An ingest's
     * restart first claims its version (409 PV-4109 while another execution ingests it).
     */
    @POST
    @Path("{executionId}/restart")
    @RolesAllowed(Roles.ADMIN)
    public Response restart(@PathParam("executionId") String executionId) {
        long restarted = verifications.restart(security.getUserPrincipal().getName(), PathParams.id(executionId));
        return Response.accepted(Map.of("executionId", restarted))
                .location(URI.create("api/runs/" + restarted)).build();
    }

    /** Re-runs a completed run on its pinned inputs and compares the outcome with it; 202. */
    @POST
    @Path("{executionId}/reverifications")
    @RolesAllowed(Roles.AUDITOR)
    public Response reverify(@PathParam("executionId") String executionId) {
        Reverification reverification = reverificationRequests.request(PathParams.id(executionId),
                security.getUserPrincipal().getName());
        return Response.accepted(Map.of("reverificationId", reverification.getId(),
                "executionId", reverification.getRerunExecutionId())).build();
    }

    /**
     * The verification opinion the run gave on each port (issue 15), in port order; empty for a run from before
     * opinions were formed.
     */
    @GET
    @Path("{executionId}/opinions")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.BOARD_STAFF})
    public List<OpinionView> opinions(@PathParam("executionId") String executionId) {
        return opinions.of(PathParams.id(executionId)).entrySet().stream()
                .map(e -> new OpinionView(e.getKey().name(), e.getValue().opinion().name(), e.getValue().reasons()
                        .stream().map(r -> new ReasonView(r.kind().name(), r.code(), r.text())).toList()))
                .toList();
    }

    /** One claim of a port's package as the run compared it; numbers as JSON numbers, never rounded. */
    public record ClaimView(String port, long line, String subject, String scope, String category, String pollutant,
                            int dataYear, String measure, BigDecimal claimed, BigDecimal recomputed,
                            BigDecimal difference, String outcome, String reasonCode, String materiality) {

        static ClaimView of(CheckedClaim c, String materiality) {
            return new ClaimView(c.getPort().name(), c.getSourceLine(), c.claim().subject(), c.getScope().name(),
                    c.getCategory().code(), c.getPollutant().code(), c.getDataYear(), c.getMeasure().code(),
                    c.getClaimed(), c.getRecomputed(), c.getDifference(), c.getOutcome().name(), c.getReasonCode(),
                    materiality);
        }
    }

    /** Each port's claims as the run recomputed and compared them (issue 15), by port and line. */
    @GET
    @Path("{executionId}/claims")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.BOARD_STAFF})
    public List<ClaimView> claims(@PathParam("executionId") String executionId) {
        long id = PathParams.id(executionId);
        String materiality = opinions.materiality(id).text();
        return opinions.checkedClaims(id).stream().map(c -> ClaimView.of(c, materiality)).toList();
    }

    /** The re-verifications of a run, newest first, with their status and differences. */
    @GET
    @Path("{executionId}/reverifications")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public List<ReverificationView> reverifications(@PathParam("executionId") String executionId) {
        return reverifications.of(PathParams.id(executionId)).stream().map(ReverificationView::of).toList();
    }
}
