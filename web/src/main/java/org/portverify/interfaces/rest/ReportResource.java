package org.portverify.interfaces.rest;

import java.util.List;

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
import org.portverify.domain.report.BoardReportListing;

/** Governing Board PDFs: the list of them, the latest of a reporting year, or the one a given run produced. */
@Path("reports")
@RequestScoped
@RolesAllowed({Roles.BOARD_STAFF, Roles.AUDITOR, Roles.ADMIN})
public class ReportResource {

    private static final String PDF = "application/pdf";

    @EJB
    private BoardReports reports;

    /** Every stored report with its digests and size, newest year and run first; the web page lists these. */
    @GET
    @Produces("application/json")
    public List<BoardReportListing> list() {
        return reports.listings();
    }

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
