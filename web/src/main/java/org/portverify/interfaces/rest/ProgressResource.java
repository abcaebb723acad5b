package org.portverify.interfaces.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongFunction;

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
import org.portverify.reports.tables.CsvWriter.Column;
import org.portverify.reports.tables.SpreadsheetText;

/**
 * A run's CAAP metrics and the progress {@code compute-metrics} stored (standards, trends, quality flags, zero-emission
 * shares, and the settings they were computed with), as JSON and as CSV. CSV values are unrounded; cells of the text
 * columns that start like a spreadsheet formula are prefixed with {@code '} ({@link SpreadsheetText}). Every CSV goes
 * one way: a list of the run and its {@link Column columns}, through {@link #csv}.
 */
@Path("progress/{executionId}")
@RequestScoped
@RolesAllowed({Roles.BOARD_STAFF, Roles.AUDITOR, Roles.ADMIN})
public class ProgressResource {

    static final List<Column<ReductionMetric>> METRICS = List.of(
            Column.value("scope", ReductionMetric::getScope),
            Column.value("category", m -> Objects.toString(m.getCategory(), "ALL")),
            Column.value("pollutant", m -> m.getPollutant().code()),
            Column.value("data_year", ReductionMetric::getDataYear),
            Column.value("unit", m -> m.getUnit().code()),
            Column.value("tons", m -> plain(m.getTons())),
            Column.value("baseline_2005_tons", m -> plain(m.getBaselineTons())),
            Column.value("reduction_vs_2005", m -> plain(m.getReduction())),
            Column.value("teu", ReductionMetric::getTeu),
            Column.value("tons_per_10k_teu", m -> plain(m.getTonsPer10kTeu())),
            Column.value("efficiency_reduction_vs_2005", m -> plain(m.getEfficiencyReduction())),
            Column.value("tons_2017", m -> plain(m.getTons2017())),
            Column.value("reduction_vs_2017", m -> plain(m.getReduction2017())),
            Column.value("efficiency_reduction_vs_2017", m -> plain(m.getEfficiencyReduction2017())),
            Column.value("reduction_issue", ReductionMetric::getReductionIssue),
            Column.value("efficiency_issue", ReductionMetric::getEfficiencyIssue),
            Column.text("caveat", ReductionMetric::getCaveat));

    static final List<Column<StandardProgress>> STANDARDS = List.of(
            Column.value("target", StandardProgress::target),
            Column.text("label", s -> s.target().label()),
            Column.value("scope", StandardProgress::scope),
            Column.value("basis", StandardProgress::basis),
            Column.value("data_year", StandardProgress::dataYear),
            Column.value("status", StandardProgress::status),
            Column.value("reduction", s -> plain(s.reduction())),
            Column.value("margin_points", s -> plain(s.marginPoints())),
            Column.value("issue", StandardProgress::issue));

    static final List<Column<QaFlag>> QA_FLAGS = List.of(
            Column.value("level", QaFlag::level),
            Column.value("code", f -> f.code().code()),
            Column.value("scope", QaFlag::scope),
            Column.value("category", f -> Objects.toString(f.category(), "ALL")),
            Column.value("pollutant", f -> f.pollutant().code()),
            Column.value("data_year", QaFlag::dataYear),
            Column.value("value", f -> plain(f.value())),
            Column.text("message", QaFlag::message));

    static final List<Column<ZeroEmissionShare>> ZERO_EMISSION = List.of(
            Column.value("scope", ZeroEmissionShare::scope),
            Column.value("category", ZeroEmissionShare::category),
            Column.value("data_year", ZeroEmissionShare::dataYear),
            Column.value("ze_units", ZeroEmissionShare::zeUnits),
            Column.value("total_units", ZeroEmissionShare::totalUnits),
            Column.value("share", z -> plain(z.share())),
            Column.value("goal", ZeroEmissionShare::goal),
            Column.value("goal_year", z -> z.goal() == null ? null : z.goal().year()),
            Column.value("status", ZeroEmissionShare::status),
            Column.value("years_to_goal", ZeroEmissionShare::yearsToGoal),
            Column.value("gap", z -> plain(z.gap())),
            Column.value("required_gain_per_year", z -> plain(z.requiredGainPerYear())),
            Column.value("issue", ZeroEmissionShare::issue));

    /** The reported line, both lines' slopes (least squares and the robust one) and the goal projection. */
    static final List<Column<SeriesTrend>> TRENDS = List.of(
            Column.value("scope", SeriesTrend::scope),
            Column.value("category", s -> Objects.toString(s.category(), "ALL")),
            Column.value("pollutant", s -> s.pollutant().code()),
            Column.value("measure", SeriesTrend::measure),
            Column.text("unit", SeriesTrend::unit),
            Column.value("status", s -> s.trend().status()),
            Column.value("issue", s -> s.trend().issue()),
            Column.value("points", s -> s.trend().points().size()),
            Column.value("method", s -> s.trend().method()),
            Column.text("method_reason", SeriesTrend::methodReason),
            Column.value("outlier_years", s -> s.trend().outlierYears().stream().map(String::valueOf)
                    .reduce((a, b) -> a + " " + b).orElse(null)),
            Column.value("slope", s -> ofLine(s.trend().line(), TrendLine::slope)),
            Column.value("intercept", s -> ofLine(s.trend().line(), TrendLine::intercept)),
            Column.value("r_squared", s -> ofLine(s.trend().line(), TrendLine::rSquared)),
            Column.value("slope_low_95", s -> ofLine(s.trend().line(), TrendLine::slopeLow)),
            Column.value("slope_high_95", s -> ofLine(s.trend().line(), TrendLine::slopeHigh)),
            Column.value("ols_slope", s -> ofLine(s.trend().leastSquares(), TrendLine::slope)),
            Column.value("ols_slope_low_95", s -> ofLine(s.trend().leastSquares(), TrendLine::slopeLow)),
            Column.value("ols_slope_high_95", s -> ofLine(s.trend().leastSquares(), TrendLine::slopeHigh)),
            Column.value("theil_sen_slope", s -> ofLine(s.trend().theilSen(), TrendLine::slope)),
            Column.value("goal", SeriesTrend::goal),
            Column.value("goal_value", SeriesTrend::goalValue),
            Column.value("goal_issue", SeriesTrend::goalIssue),
            Column.value("projection_status", s -> ofProjection(s, GoalProjection::status)),
            Column.value("projection_year", s -> ofProjection(s, GoalProjection::year)),
            Column.value("projection_earliest_year", s -> ofProjection(s, GoalProjection::earliestYear)),
            Column.value("projection_latest_year", s -> ofProjection(s, GoalProjection::latestYear)),
            Column.value("projection_by_deadline", s -> ofProjection(s, GoalProjection::byDeadline)),
            Column.text("projection", SeriesTrend::describeProjection));

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
        return csv("metrics", executionId, progress::metrics, METRICS);
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
        return csv("standards", executionId, progress::standards, STANDARDS);
    }

    @GET
    @Path("qa-flags.csv")
    @Produces("text/csv")
    public Response qaFlagsCsv(@PathParam("executionId") String executionId) {
        return csv("qa-flags", executionId, progress::qaFlags, QA_FLAGS);
    }

    @GET
    @Path("zero-emission.csv")
    @Produces("text/csv")
    public Response zeroEmissionCsv(@PathParam("executionId") String executionId) {
        return csv("zero-emission", executionId, progress::zeroEmissionShares, ZERO_EMISSION);
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
        return csv("trends", executionId, progress::trends, TRENDS);
    }

    /** What the run's progress was computed from: pinned submissions, previous editions, GHG references, window. */
    @GET
    @Path("inputs")
    @Produces(MediaType.APPLICATION_JSON)
    public ProgressInputs inputs(@PathParam("executionId") String executionId) {
        return progress.inputs(PathParams.id(executionId));
    }

    /** The one way to a CSV of the run: its list, read now, then streamed through the columns. */
    private static <T> Response csv(String name, String executionId, LongFunction<List<T>> rows,
                                    List<Column<T>> columns) {
        long id = PathParams.id(executionId);
        return CsvDownload.of("portverify-" + name + "-run-" + id + ".csv", columns, rows.apply(id));
    }

    private static <V> V ofLine(TrendLine line, Function<TrendLine, V> value) {
        return line == null ? null : value.apply(line);
    }

    private static <V> V ofProjection(SeriesTrend series, Function<GoalProjection, V> value) {
        return series.projection() == null ? null : value.apply(series.projection());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
