package org.portverify.interfaces.rest;

import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.portverify.application.BoardReports;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.report.BoardReport;
import org.portverify.domain.report.BoardReportListing;
import org.portverify.reports.BoardReportModel;
import org.portverify.reports.tables.CsvTables;
import org.portverify.reports.tables.ReportTable;
import org.portverify.reports.tables.ReportTables;
import org.portverify.reports.tables.TableExportException;
import org.portverify.reports.tables.XlsxTables;

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

    // The report's tables as CSV and XLSX, rebuilt from the run's stored data: the figures of its PDF.

    /** The run's report tables: names, columns and row counts, with the paths of their exports. */
    @GET
    @Path("runs/{executionId}/tables")
    @Produces(MediaType.APPLICATION_JSON)
    public TableList tables(@PathParam("executionId") String executionId) {
        long id = PathParams.id(executionId);
        BoardReportModel model = reports.reportedModel(id);
        String base = "reports/runs/" + id + "/tables";
        List<TableEntry> entries = exportable(model).stream().map(t -> new TableEntry(t.name(), t.headers(),
                t.rows().size(), base + "/" + t.name() + ".csv", base + "/" + t.name() + ".xlsx")).toList();
        return new TableList(id, model.identity().reportingYear(), model.identity().asOfDate().toString(), model.identity().dataDigest(),
                base + ".xlsx", entries);
    }

    /** One table as CSV (RFC 4180, UTF-8). */
    @GET
    @Path("runs/{executionId}/tables/{name}.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response tableCsv(@PathParam("executionId") String executionId, @PathParam("name") String name) {
        BoardReportModel model = reports.reportedModel(PathParams.id(executionId));
        ReportTable table = table(model, name);
        return export(model, table.name() + ".csv", CsvTables.MEDIA_TYPE, () -> CsvTables.write(table));
    }

    /** One table as JSON (the dashboard's charts read these): its columns and each row keyed by column. */
    @GET
    @Path("runs/{executionId}/tables/{name}.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response tableJson(@PathParam("executionId") String executionId, @PathParam("name") String name) {
        BoardReportModel model = reports.reportedModel(PathParams.id(executionId));
        ReportTable table = table(model, name);
        return Response.ok(TableJson.of(model.identity().reportingYear(), model.identity().executionId(),
                        model.identity().dataDigest(), table), MediaType.APPLICATION_JSON)
                .header("X-PortVerify-Execution-Id", model.identity().executionId())
                .header("X-PortVerify-Data-SHA256", model.identity().dataDigest())
                .build();
    }

    /** One table as an XLSX workbook of one sheet. */
    @GET
    @Path("runs/{executionId}/tables/{name}.xlsx")
    @Produces({XlsxTables.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response tableXlsx(@PathParam("executionId") String executionId, @PathParam("name") String name) {
        BoardReportModel model = reports.reportedModel(PathParams.id(executionId));
        ReportTable table = table(model, name);
        return export(model, table.name() + ".xlsx", XlsxTables.MEDIA_TYPE,
                () -> XlsxTables.write(List.of(table), title(model, table.name()), model.identity().asOfDate()));
    }

    /** Every table as one XLSX workbook, a sheet per table in the report's order. */
    @GET
    @Path("runs/{executionId}/tables.xlsx")
    @Produces({XlsxTables.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response tablesXlsx(@PathParam("executionId") String executionId) {
        BoardReportModel model = reports.reportedModel(PathParams.id(executionId));
        List<ReportTable> tables = exportable(model);
        return export(model, "tables.xlsx", XlsxTables.MEDIA_TYPE,
                () -> XlsxTables.write(tables, title(model, "tables"), model.identity().asOfDate()));
    }

    static List<ReportTable> exportable(Record model) {
        try {
            return ReportTables.of(model);
        } catch (TableExportException e) {
            throw new RuleViolation(ErrorCode.TABLE_NOT_EXPORTABLE, "of the model", e.getMessage()).causedBy(e);
        }
    }

    private static ReportTable table(BoardReportModel model, String name) {
        return exportable(model).stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new RuleViolation(ErrorCode.TABLE_NOT_FOUND, name,
                        ReportTables.names(BoardReportModel.class)));
    }

    private static Response export(BoardReportModel model, String suffix, String mediaType,
                                   Supplier<byte[]> writer) {
        byte[] bytes = written(suffix, writer);
        String fileName = "portverify-board-report-" + model.identity().reportingYear() + "-run-"
                + model.identity().executionId() + "-"
                + suffix;
        return Response.ok(bytes, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-PortVerify-Execution-Id", model.identity().executionId())
                .header("X-PortVerify-Data-SHA256", model.identity().dataDigest())
                .build();
    }

    /** The whole export, written before the answer starts, so that a failure is an error answer (PV-4203). */
    static byte[] written(String suffix, Supplier<byte[]> writer) {
        try {
            return writer.get();
        } catch (TableExportException e) {
            throw new RuleViolation(ErrorCode.TABLE_EXPORT_FAILED, suffix, e.getMessage()).causedBy(e);
        }
    }

    private static String title(BoardReportModel model, String what) {
        return "PortVerify Governing Board report " + model.identity().reportingYear() + ", run " + model.identity().executionId() + ": "
                + what;
    }

    /** The answer of {@code GET runs/{executionId}/tables}. */
    public record TableList(long executionId, int reportingYear, String asOfDate, String dataSha256,
                            String workbook, List<TableEntry> tables) {
    }

    /** One table: its name, column headings, row count and the paths (under {@code /api}) of its exports. */
    public record TableEntry(String name, List<String> columns, int rows, String csv, String xlsx) {
    }
}
