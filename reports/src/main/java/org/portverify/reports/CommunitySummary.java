package org.portverify.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The one-page community summary of a released reporting year (issue 16): what was verified, how emissions changed
 * since 2005 and what the defaults cost the ports. Unlike the Board report's model it holds numbers, not text, so
 * that each language formats them its own way ({@link SummaryFigures}); the fixed text comes from the resource
 * bundles of {@link CommunitySummaryRenderer}.
 *
 * @param reportingYear    the reporting (and data) year
 * @param asOfDate         the run's as-of date, also the PDF's date
 * @param executionId      the run the Board report was rendered from
 * @param dataSha256       the Board report's data digest: the summary's figures are the report's
 * @param softwareVersion  the PortVerify version
 * @param ports            the names of the Port of Los Angeles and of the Port of Long Beach, as the data names them
 *                         (never translated): the table's column heads
 * @param opinions         each port's verification opinion; empty for a run from before opinions were formed
 * @param changes          the change since 2005 of each headline pollutant, both ports and each port
 * @param defaultsThisYear the defaults of the Cooperative Agreement charged for the reporting year
 * @param fundThisYear     the penalties they carry, in US dollars, paid into the Clean Air Mitigation Fund
 * @param fundToDate       the penalties charged since the agreement began, up to the reporting year
 * @param penaltyRange     the agreement's penalty per default, least and most, in US dollars
 */
public record CommunitySummary(int reportingYear, LocalDate asOfDate, long executionId, String dataSha256,
                               String softwareVersion, List<String> ports, List<PortOpinion> opinions,
                               List<Change> changes,
                               int defaultsThisYear, BigDecimal fundThisYear, BigDecimal fundToDate,
                               List<BigDecimal> penaltyRange) {

    public CommunitySummary {
        Objects.requireNonNull(asOfDate, "asOfDate");
        Objects.requireNonNull(dataSha256, "dataSha256");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        ports = List.copyOf(ports);
        if (ports.size() != 2) {
            throw new IllegalArgumentException("ports: Los Angeles and Long Beach, got " + ports);
        }
        opinions = List.copyOf(opinions);
        changes = List.copyOf(changes);
        Objects.requireNonNull(fundThisYear, "fundThisYear");
        Objects.requireNonNull(fundToDate, "fundToDate");
        penaltyRange = List.copyOf(penaltyRange);
        if (penaltyRange.size() != 2) {
            throw new IllegalArgumentException("penaltyRange: least and most, got " + penaltyRange);
        }
    }

    /**
     * A port's opinion.
     *
     * @param port    the port's name, as the data names it (never translated)
     * @param opinion VERIFIED, VERIFIED_WITH_FINDINGS or NOT_VERIFIED: the key of its wording in each language
     */
    public record PortOpinion(String port, String opinion) {

        public PortOpinion {
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(opinion, "opinion");
        }
    }

    /**
     * A pollutant's change since 2005 in the reporting year, for both ports and each port. Null where the run has no
     * figure.
     *
     * @param pollutant   the pollutant's key (DPM, NOX, SOX, PM2_5, CO2E): its name in each language
     * @param sanPedroBay both ports together
     * @param losAngeles  the Port of Los Angeles
     * @param longBeach   the Port of Long Beach
     */
    public record Change(String pollutant, ChangeFigure sanPedroBay, ChangeFigure losAngeles,
                         ChangeFigure longBeach) {

        public Change {
            Objects.requireNonNull(pollutant, "pollutant");
        }

        boolean partial() {
            return List.of(java.util.Optional.ofNullable(sanPedroBay), java.util.Optional.ofNullable(losAngeles),
                    java.util.Optional.ofNullable(longBeach)).stream().anyMatch(f -> f.map(ChangeFigure::partial)
                    .orElse(false));
        }
    }

    /** Whether a figure of the summary rests on a partial inventory: then it explains the mark under its table. */
    public boolean anyPartial() {
        return changes.stream().anyMatch(Change::partial);
    }
}
