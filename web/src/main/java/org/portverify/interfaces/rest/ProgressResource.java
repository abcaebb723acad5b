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
import org.portverify.application.ProgressInputs;
import org.portverify.application.ProgressReview;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.goals.ZeroEmissionShare;
import org.portverify.domain.metrics.progress.SeriesTrend;
import org.portverify.domain.metrics.qa.QaFlag;
import org.portverify.domain.metrics.trend.GoalProjection;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.metrics.trend.TrendLine;
import org.portverify.domain.model.Coded;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.reports.tables.SpreadsheetText;

/**
 * A run's CAAP metrics and the progress {@code compute-metrics} stored (standards, trends, quality flags, zero-emission
 * shares, and the settings they were computed with), as JSON and as CSV. CSV values are unrounded; text cells that
 * start like a spreadsheet formula are prefixed with {@code '} ({@link SpreadsheetText}).
 */
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
        return csv("metrics", id, COLUMNS, progress.metrics(id).stream().map(m -> new Object[] {m.getScope(),
            Objects.toString(m.getCategory(), "ALL"), m.getPollutant().code(), m.getDataYear(), m.getUnit().code(),
            plain(m.getTons()), plain(m.getBaselineTons()), plain(m.getReduction()), m.getTeu(),
            plain(m.getTonsPer10kTeu()), plain(m.getEfficiencyReduction()), plain(m.getTons2017()),
            plain(m.getReduction2017()), plain(m.getEfficiencyReduction2017()), m.getReductionIssue(),
            m.getEfficiencyIssue()}).toList());
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
        Pollutant parsedPollutant = Coded.fromCode(Pollutant.class, String.valueOf(pollutant)).orElseThrow(() ->
                new RuleViolation(ErrorCode.PARAMETER_INVALID, "pollutant", "unknown pollutant '" + pollutant + "'"));
        SourceCategory parsedCategory = category == null || category.isBlank() ? null
                : Coded.fromCode(SourceCategory.class, category).orElseThrow(() -> new RuleViolation(
                        ErrorCode.PARAMETER_INVALID, "category", "unknown category '" + category + "'"));
        return progress.trend(PathParams.id(executionId), parsedScope, parsedCategory, parsedPollutant);
    }

    @GET
    @Path("standards.csv")
    @Produces("text/csv")
    public Response standardsCsv(@PathParam("executionId") String executionId) {
        long id = PathParams.id(executionId);
        return csv("standards", id, new String[] {"target", "label", "scope", "basis", "data_year", "status",
            "reduction", "margin_points", "issue"}, progress.standards(id).stream()
                .map(s -> new Object[] {s.target(), text(s.target().label()), s.scope(), s.basis(), s.dataYear(),
                    s.status(), plain(s.reduction()), plain(s.marginPoints()), s.issue()}).toList());
    }

    @GET
    @Path("qa-flags.csv")
    @Produces("text/csv")
    public Response qaFlagsCsv(@PathParam("executionId") String executionId) {
        long id = PathParams.id(executionId);
        return csv("qa-flags", id, new String[] {"level", "code", "scope", "category", "pollutant", "data_year",
            "value", "message"}, progress.qaFlags(id).stream().map(f -> new Object[] {f.level(), f.code().code(),
                f.scope(), Objects.toString(f.category(), "ALL"), f.pollutant().code(), f.dataYear(),
                plain(f.value()), text(f.message())}).toList());
    }

    @GET
    @Path("zero-emission.csv")
    @Produces("text/csv")
    public Response zeroEmissionCsv(@PathParam("executionId") String executionId) {
        long id = PathParams.id(executionId);
        return csv("zero-emission", id, new String[] {"scope", "category", "data_year", "ze_units", "total_units",
            "share", "goal", "goal_year", "status", "years_to_goal", "gap", "required_gain_per_year", "issue"},
                progress.zeroEmissionShares(id).stream().map(z -> new Object[] {z.scope(), z.category(),
                    z.dataYear(), z.zeUnits(), z.totalUnits(), plain(z.share()), z.goal(),
                    z.goal() == null ? null : z.goal().year(), z.status(), z.yearsToGoal(), plain(z.gap()),
                    plain(z.requiredGainPerYear()), z.issue()}).toList());
    }

    /** Every stored trend: each scope's DPM, NOx, SOx and CO2e totals, in tons and tons per 10,000 TEU. */
    @GET
    @Path("trends")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SeriesTrend> trends(@PathParam("executionId") String executionId) {
        return progress.trends(PathParams.id(executionId));
    }

    /** The stored trends, one row each: the reported line, both lines' slopes and the goal projection. */
    @GET
    @Path("trends.csv")
    @Produces("text/csv")
    public Response trendsCsv(@PathParam("executionId") String executionId) {
        long id = PathParams.id(executionId);
        return csv("trends", id, new String[] {"scope", "category", "pollutant", "measure", "unit", "status", "issue",
            "points", "method", "method_reason", "outlier_years", "slope", "intercept", "r_squared", "slope_low_95",
            "slope_high_95", "ols_slope", "ols_slope_low_95", "ols_slope_high_95", "theil_sen_slope", "goal",
            "goal_value", "goal_issue", "projection_status", "projection_year", "projection_earliest_year",
            "projection_latest_year", "projection_by_deadline", "projection"},
                progress.trends(id).stream().map(ProgressResource::trendRow).toList());
    }

    /** What the run's progress was computed from: pinned submissions, previous editions, GHG references, window. */
    @GET
    @Path("inputs")
    @Produces(MediaType.APPLICATION_JSON)
    public ProgressInputs inputs(@PathParam("executionId") String executionId) {
        return progress.inputs(PathParams.id(executionId));
    }

    private static Object[] trendRow(SeriesTrend s) {
        Trend t = s.trend();
        TrendLine line = t.line();
        TrendLine ols = t.leastSquares();
        GoalProjection p = s.projection();
        return new Object[] {s.scope(), Objects.toString(s.category(), "ALL"), s.pollutant().code(), s.measure(),
            text(s.unit()), t.status(), t.issue(), t.points().size(), t.method(), text(s.methodReason()),
            t.outlierYears().stream().map(String::valueOf).reduce((a, b) -> a + " " + b).orElse(null),
            line == null ? null : line.slope(), line == null ? null : line.intercept(),
            line == null ? null : line.rSquared(), line == null ? null : line.slopeLow(),
            line == null ? null : line.slopeHigh(), ols == null ? null : ols.slope(),
            ols == null ? null : ols.slopeLow(), ols == null ? null : ols.slopeHigh(),
            t.theilSen() == null ? null : t.theilSen().slope(), s.goal(), s.goalValue(), s.goalIssue(),
            p == null ? null : p.status(), p == null ? null : p.year(), p == null ? null : p.earliestYear(),
            p == null ? null : p.latestYear(), p == null ? null : p.byDeadline(), text(s.describeProjection())};
    }

    private static Response csv(String name, long id, String[] columns, List<Object[]> rows) {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setHeader(columns).get())) {
            for (Object[] row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"portverify-" + name + "-run-" + id + ".csv\"").build();
    }

    private static String text(String value) {
        return SpreadsheetText.neutralised(value);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
