package org.portverify.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.portverify.application.BoardReports;
import org.portverify.domain.report.BoardReport;

/** Governing Board PDFs: the latest of a reporting year, or the one a given run produced. */
@Path("reports")
@RequestScoped
@RolesAllowed({Roles.BOARD_STAFF, Roles.AUDITOR, Roles.ADMIN})
public class ReportResource {

    private static final String PDF = "application/pdf";

    @EJB
    private BoardReports reports;

    @GET
    @Path("{reportingYear}/board.pdf")
    @Produces({PDF, "application/json"})
    public Response latest(@PathParam("reportingYear") String reportingYear) {
        return pdf(reports.latest(PathParams.year(reportingYear)));
    }

    @GET
    @Path("runs/{executionId}/board.pdf")
    @Produces({PDF, "application/json"})
    public Response ofRun(@PathParam("executionId") String executionId) {
        return pdf(reports.forExecution(PathParams.id(executionId)));
    }

    private static Response pdf(BoardReport report) {
        String fileName = "portverify-board-report-" + report.getReportingYear() + ".pdf";
        return Response.ok(report.getPdf(), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-PortVerify-Execution-Id", report.getExecutionId())
                .header("X-PortVerify-PDF-SHA256", report.getPdfSha256())
                .header("X-PortVerify-Data-SHA256", report.getDataSha256())
                .build();
    }

}
