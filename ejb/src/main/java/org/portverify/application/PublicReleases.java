package org.portverify.application;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Port;
import org.portverify.domain.report.BoardReport;
import org.portverify.domain.report.BoardReportListing;
import org.portverify.domain.verification.Opinion;
import org.portverify.infrastructure.persistence.OpinionRepository;
import org.portverify.infrastructure.persistence.RunRepository;
import org.portverify.reports.BoardReportModel;
import org.portverify.reports.SummaryLanguage;

/**
 * What the public view releases (issue 16): for each reporting year, the latest run marked FINAL, and of it only what
 * the Governing Board was given as final: its report, its tables of figures and each port's verification opinion.
 * Never a draft, a submission in progress, a finding on a record, or a re-run.
 */
@Stateless
public class PublicReleases {

    /**
     * The report tables anyone may download: the figures, the standards, the agreement's compliance and penalties, the
     * opinions and the ports' own claims. The others (refused records, the versions' digests and timestamps, the
     * auditors' quality questions, restatement notes, chart drawing data) speak of records or of the work in progress.
     */
    public static final Set<String> TABLES = Set.of("reductions", "trends", "categories", "ogv", "key-figures",
            "standards", "zero-emission", "projections", "milestones", "defaults", "penalty-totals", "opinions",
            "claims");

    @Inject
    private RunRepository runs;

    @Inject
    private OpinionRepository opinions;

    @Inject
    private BoardReports reports;

    @Inject
    private ReleasedContent released;

    /** One year's release: its report's run and digests, and each port's opinion (none for a run from before). */
    public record Release(int reportingYear, long executionId, String asOfDate, String pdfSha256, String dataSha256,
                          Map<Port, Opinion> opinions) {

        /**
         * How far a figure of {@code scope} is verified: its port's opinion; San Pedro Bay's rests on both ports, so
         * the worse of theirs. Null for a run from before opinions were formed.
         */
        public Opinion statusOf(Scope scope) {
            if (opinions.isEmpty()) {
                return null;
            }
            if (scope == Scope.SAN_PEDRO_BAY) {
                return opinions.values().stream().reduce(Opinion.VERIFIED, Opinion::worse);
            }
            return opinions.get(scope == Scope.POLA ? Port.POLA : Port.POLB);
        }
    }

    /** Every released year, newest first. */
    public List<Release> releases() {
        return runs.finalReportListings().stream().map(this::release).toList();
    }

    /** The release of a reporting year; PV-4401 when none of its runs was marked FINAL. */
    public Release release(int reportingYear) {
        return runs.finalReportListings().stream().filter(r -> r.reportingYear() == reportingYear).findFirst()
                .map(this::release)
                .orElseThrow(() -> new RuleViolation(ErrorCode.PUBLIC_RELEASE_NOT_FOUND, reportingYear));
    }

    /** The released report itself, its PDF included. */
    public BoardReport report(Release release) {
        return reports.forExecution(release.executionId());
    }

    /** The released report's content, checked against its data digest (the tables' source). */
    public BoardReportModel model(Release release) {
        return released.get(release.executionId() + "-" + release.dataSha256() + "-model",
                () -> reports.reportedModel(release.executionId()));
    }

    /**
     * The one-page community summary of a release in a language (issue 16): the figures of its Board report, its fixed
     * text translated. PV-5004 when the server lacks the language's font.
     */
    public byte[] summaryPdf(Release release, SummaryLanguage language) {
        return released.get(release.executionId() + "-" + summaryVersion(release, language),
                () -> reports.communitySummaryPdf(release.executionId(), language));
    }

    /**
     * What a summary's bytes depend on: the report's figures, the language and the software that wrote the text (its
     * version is printed on it). Its ETag, so that an unchanged summary is not rendered again for a client that has it.
     */
    public String summaryVersion(Release release, SummaryLanguage language) {
        return release.dataSha256() + "-summary-" + language.code() + "-" + BoardReports.softwareVersion();
    }

    private Release release(BoardReportListing listing) {
        Map<Port, Opinion> formed = new EnumMap<>(Port.class);
        opinions.opinions(listing.executionId()).forEach(o -> formed.put(o.getPort(), o.getOpinion()));
        return new Release(listing.reportingYear(), listing.executionId(), listing.asOfDate().toString(),
                listing.pdfSha256(), listing.dataSha256(), Collections.unmodifiableMap(formed));
    }
}
