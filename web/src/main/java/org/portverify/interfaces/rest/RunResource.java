package org.portverify.interfaces.rest;

import java.net.URI;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.portverify.interfaces.batch.JobRuns;
import org.portverify.interfaces.batch.ProgressOptions;
import org.portverify.interfaces.batch.RunSummary;

/** Verification runs: start one for a reporting year, follow its steps, list the history. */
@Path("runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    @EJB
    private JobRuns jobRuns;

    /** Starts annual-verification; 202 with the execution id and a Location to poll. */
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response start(@QueryParam("reportingYear") String reportingYear,
                          @QueryParam("asOfDate") String asOfDate,
                          @QueryParam("ghgReference1990") String ghgReference1990,
                          @QueryParam("trendWindow") String trendWindow,
                          @QueryParam("baselineTolerance") String baselineTolerance) {
        long executionId = jobRuns.start(reportingYear, asOfDate,
                new ProgressOptions(ghgReference1990, trendWindow, baselineTolerance));
        return Response.accepted(Map.of("executionId", executionId))
                .location(URI.create("api/runs/" + executionId)).build();
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.BOARD_STAFF})
    public List<RunSummary> list() {
        return jobRuns.list();
    }

    @GET
    @Path("{executionId}")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.BOARD_STAFF})
    public RunSummary status(@PathParam("executionId") String executionId) {
        return jobRuns.status(PathParams.id(executionId));
    }

}
