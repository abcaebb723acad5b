package org.portverify.interfaces.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.portverify.application.PublicReleases;
import org.portverify.application.PublicReleases.Release;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.report.BoardReport;
import org.portverify.domain.verification.Opinion;
import org.portverify.reports.BoardReportModel;
import org.portverify.reports.ReductionRow;
import org.portverify.reports.SummaryLanguage;
import org.portverify.reports.tables.CsvTables;
import org.portverify.reports.tables.ReportTable;

/**
 * The public view's data (issue 16), for anyone, without signing in: only the reports of runs marked FINAL, each
 * port's verification status, and the released tables as CSV and JSON with the report's data digest. A released
 * report never changes, so every answer may be cached (its ETag is its digest) and each address is rate-limited
 * ({@link PublicRateLimit}).
 */
@Path("public")
@RequestScoped
@PermitAll
@PublicAccess
public class PublicResource {

    private static final String PDF = "application/pdf";

    @EJB
    private PublicReleases releases;

    @Context
    private Request request;

    /** A released year: its run, digests, each port's opinion, and where its report and tables are. */
    public record ReleaseView(int reportingYear, long executionId, String asOfDate, String pdfSha256,
                              String dataSha256, Map<String, String> opinions, String report,
                              Map<String, String> summaries, List<String> tables) {

        static ReleaseView of(Release release) {
            Map<String, String> opinions = new LinkedHashMap<>();
            release.opinions().forEach((port, opinion) -> opinions.put(port.name(), opinion.name()));
            String base = "public/releases/" + release.reportingYear();
            Map<String, String> summaries = new LinkedHashMap<>();
            for (SummaryLanguage language : SummaryLanguage.values()) {
                summaries.put(language.code(), base + "/summary-" + language.code() + ".pdf");
            }
            return new ReleaseView(release.reportingYear(), release.executionId(), release.asOfDate(),
                    release.pdfSha256(), release.dataSha256(), opinions, base + "/board.pdf", summaries,
                    PublicReleases.TABLES.stream().sorted().map(t -> base + "/tables/" + t).toList());
        }
    }

    /** A headline figure with the verification status of what it rests on. */
    public record FigureView(String entity, String pollutant, String unit, String tons2005, String tons,
                             String change, String changePer10kTeu, String status) {
    }

    /** A released year's headline: its figures, each with its status. */
    public record HeadlineView(ReleaseView release, List<FigureView> figures) {
    }

    /** Every released year, newest first. */
    @GET
    @Path("releases")
    @Produces(MediaType.APPLICATION_JSON)
    public Response list() {
        List<ReleaseView> all = releases.releases().stream().map(ReleaseView::of).toList();
        // a new release changes the list: a short cache
        return Response.ok(all).cacheControl(cache(60)).build();
    }

    /** One released year with its headline figures, each marked with the status of the ports behind it. */
    @GET
    @Path("releases/{reportingYear}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response release(@PathParam("reportingYear") String reportingYear) {
        Release release = releases.release(PathParams.year(reportingYear));
        return cached(release.dataSha256() + "-headline", () -> {
            BoardReportModel model = releases.model(release);
            List<FigureView> figures = model.headline().reductions().stream().map(r -> figure(release, r)).toList();
            return Response.ok(new HeadlineView(ReleaseView.of(release), figures), MediaType.APPLICATION_JSON);
        });
    }

    @GET
    @Path("releases/{reportingYear}/board.pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("reportingYear") String reportingYear) {
        Release release = releases.release(PathParams.year(reportingYear));
        return cached(release.pdfSha256(), () -> {
            BoardReport report = releases.report(release);
            return Response.ok(report.getPdf(), PDF)
                    .header("Content-Disposition", "attachment; filename=\"portverify-board-report-"
                            + report.getReportingYear() + ".pdf\"")
                    .header("X-PortVerify-PDF-SHA256", report.getPdfSha256())
                    .header("X-PortVerify-Data-SHA256", report.getDataSha256());
        });
    }

    /**
     * The one-page community summary of a released year in English ({@code en}), Spanish ({@code es}) or Simplified
     * Chinese ({@code zh}): PV-4404 for another language, PV-5004 when the server lacks the Chinese font.
     */
    @GET
    @Path("releases/{reportingYear}/summary-{language}.pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    public Response summary(@PathParam("reportingYear") String reportingYear,
                            @PathParam("language") String code) {
        Release release = releases.release(PathParams.year(reportingYear));
        SummaryLanguage language = SummaryLanguage.ofCode(code).orElseThrow(() -> new RuleViolation(
                ErrorCode.PUBLIC_SUMMARY_LANGUAGE, code,
                Arrays.stream(SummaryLanguage.values()).map(SummaryLanguage::code).toList()));
        return cached(releases.summaryVersion(release, language), () -> Response.ok(
                        releases.summaryPdf(release, language), PDF)
                .header("Content-Disposition", "attachment; filename=\"portverify-community-summary-"
                        + release.reportingYear() + "-" + language.code() + ".pdf\"")
                .header("Content-Language", language.locale().toLanguageTag())
                .header("X-PortVerify-Data-SHA256", release.dataSha256()));
    }

    /** A released table as CSV (RFC 4180, UTF-8), with the report's data digest. */
    @GET
    @Path("releases/{reportingYear}/tables/{name}.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response tableCsv(@PathParam("reportingYear") String reportingYear, @PathParam("name") String name) {
        Release release = releases.release(PathParams.year(reportingYear));
        published(name);
        return cached(release.dataSha256() + "-" + name + ".csv", () -> {
            ReportTable table = table(releases.model(release), name);
            return download(release, name + ".csv",
                    Response.ok(ReportResource.written(name + ".csv", () -> CsvTables.write(table)),
                            CsvTables.MEDIA_TYPE));
        });
    }

    /** A released table as JSON: its columns, and each row as an object keyed by column. */
    @GET
    @Path("releases/{reportingYear}/tables/{name}.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response tableJson(@PathParam("reportingYear") String reportingYear, @PathParam("name") String name) {
        Release release = releases.release(PathParams.year(reportingYear));
        published(name);
        return cached(release.dataSha256() + "-" + name + ".json", () -> download(release, name + ".json",
                Response.ok(TableJson.of(release.reportingYear(), release.executionId(), release.dataSha256(),
                        table(releases.model(release), name)), MediaType.APPLICATION_JSON)));
    }

    private static FigureView figure(Release release, ReductionRow row) {
        Scope scope = Arrays.stream(Scope.values()).filter(s -> row.entity().startsWith(s.displayName()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no scope for " + row.entity()));
        Opinion status = release.statusOf(scope);
        return new FigureView(row.entity(), row.pollutant(), row.unit(), row.baselineTons(), row.tons(),
                row.change(), row.changePer10kTeu(), status == null ? "FINAL_REPORT" : status.name());
    }

    private static void published(String name) {
        if (!PublicReleases.TABLES.contains(name)) {
            throw notPublished(name);
        }
    }

    private static ReportTable table(BoardReportModel model, String name) {
        return ReportResource.exportable(model).stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> notPublished(name));
    }

    /** PV-4402, naming the tables that are published. */
    private static RuleViolation notPublished(String name) {
        return new RuleViolation(ErrorCode.PUBLIC_TABLE_NOT_PUBLISHED, name,
                PublicReleases.TABLES.stream().sorted().toList());
    }

    private static Response.ResponseBuilder download(Release release, String suffix,
                                                     Response.ResponseBuilder answer) {
        return answer.header("Content-Disposition", "attachment; filename=\"portverify-" + release.reportingYear()
                        + "-" + suffix + "\"")
                .header("X-PortVerify-Execution-Id", release.executionId())
                .header("X-PortVerify-Data-SHA256", release.dataSha256());
    }

    /** 304 when the client holds this version already; otherwise the answer, cacheable for a day. */
    private Response cached(String version, Supplier<Response.ResponseBuilder> answer) {
        EntityTag tag = new EntityTag(version);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : answer.get().tag(tag)).cacheControl(cache(86_400)).build();
    }

    private static CacheControl cache(int seconds) {
        CacheControl control = new CacheControl();
        control.setMaxAge(seconds);
        control.setPrivate(false);
        return control;
    }
}
