package org.portverify.reports;

import java.util.List;
import java.util.Objects;

import org.portverify.reports.tables.FlatSection;

/**
 * Everything the Governing Board report shows, already formatted for display, grouped by section.
 *
 * <p>The renderer does no arithmetic and no rounding: every figure arrives as the string to print.
 * Every component is required (no {@code null}); the lists are copied and unmodifiable, and keep
 * the order given (the tables print rows in that order).
 *
 * <p>The table exports name each table after its list alone ({@link FlatSection}), in this component order: the
 * names and sheet order the exports had before the model was grouped ({@code reductions}, {@code trends},
 * {@code inputs}, {@code rejected}, {@code milestones}, ...). Keep both when adding a section.
 *
 * @param identity         which report: year, as-of date, status, run, software version, data digest, conformance
 * @param headline         the headline table and the change vs 2005 by data year
 * @param provenance       the input files with their digests, and the records refused at ingest
 * @param compliance       Cooperative Agreement rules version, milestone statuses, defaults and penalties
 * @param executiveSummary the executive summary's paragraphs and key figures
 * @param sourceCategories the reporting year by entity, source category and pollutant
 * @param progress         the CAAP standards, zero-emission shares and projections
 * @param oceanGoingVessels the ocean-going vessels rows and figures
 * @param dataQuality      the submissions used, the quality flags and the restatements
 * @param charts           the charts, in the order printed
 * @param verification     the verification opinion per port, with its reasons (cover, summary and its own section)
 * @param tonsByYear       the tons by data year and the projections' bands, as tables for the dashboard (not printed)
 */
public record BoardReportModel(
        ReportIdentity identity,
        @FlatSection HeadlineSection headline,
        @FlatSection ProvenanceSection provenance,
        @FlatSection ComplianceSection compliance,
        @FlatSection ExecutiveSummary executiveSummary,
        @FlatSection CategorySection sourceCategories,
        @FlatSection ProgressSection progress,
        @FlatSection OgvSection oceanGoingVessels,
        @FlatSection DataQualitySection dataQuality,
        List<Chart> charts,
        @FlatSection VerificationSection verification,
        @FlatSection TonsSection tonsByYear) {

    public BoardReportModel {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(compliance, "compliance");
        Objects.requireNonNull(executiveSummary, "executiveSummary");
        Objects.requireNonNull(sourceCategories, "sourceCategories");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(oceanGoingVessels, "oceanGoingVessels");
        Objects.requireNonNull(dataQuality, "dataQuality");
        charts = List.copyOf(Objects.requireNonNull(charts, "charts"));
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(tonsByYear, "tonsByYear");
    }

    /** A model without the tons tables (they come last, so the other tables keep their order). */
    public BoardReportModel(ReportIdentity identity, HeadlineSection headline, ProvenanceSection provenance,
                            ComplianceSection compliance, ExecutiveSummary executiveSummary,
                            CategorySection sourceCategories, ProgressSection progress,
                            OgvSection oceanGoingVessels, DataQualitySection dataQuality, List<Chart> charts,
                            VerificationSection verification) {
        this(identity, headline, provenance, compliance, executiveSummary, sourceCategories, progress,
                oceanGoingVessels, dataQuality, charts, verification, TonsSection.none());
    }

    /** A model without a verification opinion (a run from before opinions were formed). */
    public BoardReportModel(ReportIdentity identity, HeadlineSection headline, ProvenanceSection provenance,
                            ComplianceSection compliance, ExecutiveSummary executiveSummary,
                            CategorySection sourceCategories, ProgressSection progress,
                            OgvSection oceanGoingVessels, DataQualitySection dataQuality, List<Chart> charts) {
        this(identity, headline, provenance, compliance, executiveSummary, sourceCategories, progress,
                oceanGoingVessels, dataQuality, charts, VerificationSection.none());
    }

    /** The original sections only: no summary, category tables, standards, OGV section, data quality or charts. */
    public static BoardReportModel originalSections(ReportIdentity identity, HeadlineSection headline,
                                                    ProvenanceSection provenance, ComplianceSection compliance) {
        return new BoardReportModel(identity, headline, provenance, compliance, ExecutiveSummary.none(),
                CategorySection.none(), ProgressSection.none(), OgvSection.none(), DataQualitySection.none(),
                List.of());
    }

    /** This model with another conformance (the same figures, archived as PDF/A or not). */
    public BoardReportModel withConformance(ReportConformance other) {
        return new BoardReportModel(identity.withConformance(other), headline, provenance, compliance,
                executiveSummary, sourceCategories, progress, oceanGoingVessels, dataQuality, charts, verification,
                tonsByYear);
    }
}
