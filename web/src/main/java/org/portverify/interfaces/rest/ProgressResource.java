package org.portverify.interfaces.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.portverify.application.ProgressReview;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.ZeroEmissionShare;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.qa.QaFlag;

/** A run's CAAP metrics (JSON and CSV, unrounded), the standards' progress and the auditors' quality flags. */
@Path("progress/{executionId}")
@RequestScoped
@RolesAllowed({Roles.BOARD_STAFF, Roles.AUDITOR, Roles.ADMIN})
public class ProgressResource {

    private static final String[] COLUMNS = {"scope", "category", "pollutant", "data_year", "unit", "tons",
        "baseline_2005_tons", "reduction_vs_2005", "teu", "tons_per_10k_teu", "efficiency_reduction_vs_2005",
        "tons_2017", "reduction_vs_2017", "efficiency_reduction_vs_2017", "reduction_issue", "efficiency_issue"};

    @EJB
    private ProgressReview progress;

    @GET
    @Path("metrics")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReductionMetric> metrics(@PathParam("executionId") String executionId) {
        return progress.metrics(PathParams.id(executionId));
    }

    /** Every metric of the run as stored (fractions, not rounded percentages); "ALL" is the all-category total. */
    @GET
    @Path("metrics.csv")
    @Produces("text/csv")
    public Response metricsCsv(@PathParam("executionId") String executionId) {
        long id = PathParams.id(executionId);
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
            for (ReductionMetric m : progress.metrics(id)) {
                printer.printRecord(m.getScope(), Objects.toString(m.getCategory(), "ALL"), m.getPollutant().code(),
                        m.getDataYear(), m.getUnit().code(), plain(m.getTons()), plain(m.getBaselineTons()),
                        plain(m.getReduction()), m.getTeu(), plain(m.getTonsPer10kTeu()),
                        plain(m.getEfficiencyReduction()), plain(m.getTons2017()), plain(m.getReduction2017()),
                        plain(m.getEfficiencyReduction2017()), m.getReductionIssue(), m.getEfficiencyIssue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"portverify-metrics-run-" + id + ".csv\"").build();
    }

    @GET
    @Path("standards")
    @Produces(MediaType.APPLICATION_JSON)
    public List<StandardProgress> standards(@PathParam("executionId") String executionId) {
        return progress.standards(PathParams.id(executionId));
    }

    @GET
    @Path("qa-flags")
    @Produces(MediaType.APPLICATION_JSON)
    public List<QaFlag> qaFlags(@PathParam("executionId") String executionId) {
        return progress.qaFlags(PathParams.id(executionId));
    }

    @GET
    @Path("zero-emission")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ZeroEmissionShare> zeroEmission(@PathParam("executionId") String executionId) {
        return progress.zeroEmissionShares(PathParams.id(executionId));
    }

    /** The trend of a tons series: {@code scope} (POLA, POLB, SAN_PEDRO_BAY), {@code pollutant}, {@code category}. */
    @GET
    @Path("trend")
    @Produces(MediaType.APPLICATION_JSON)
    public Trend trend(@PathParam("executionId") String executionId, @QueryParam("scope") String scope,
                       @QueryParam("pollutant") String pollutant, @QueryParam("category") String category) {
        Scope parsedScope;
        try {
            parsedScope = Scope.valueOf(String.valueOf(scope));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, "scope", "must be POLA, POLB or SAN_PEDRO_BAY");
        }
        Pollutant parsedPollutant = Pollutant.fromCode(String.valueOf(pollutant)).orElseThrow(() ->
                new RuleViolation(ErrorCode.PARAMETER_INVALID, "pollutant", "unknown pollutant '" + pollutant + "'"));
        SourceCategory parsedCategory = category == null || category.isBlank() ? null
                : SourceCategory.fromCode(category).orElseThrow(() -> new RuleViolation(
                        ErrorCode.PARAMETER_INVALID, "category", "unknown category '" + category + "'"));
        return progress.trend(PathParams.id(executionId), parsedScope, parsedCategory, parsedPollutant);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
