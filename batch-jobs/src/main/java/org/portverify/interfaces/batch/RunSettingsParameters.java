package org.portverify.interfaces.batch;

import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

import org.portverify.domain.run.RunSettings;
import org.portverify.domain.run.RunSettings.GhgReferenceText;
import org.portverify.domain.run.RunSettings.Reverifying;
import org.portverify.domain.metrics.qa.QaThresholds;
import org.portverify.domain.metrics.trend.TrendWindow;
import org.portverify.reports.ReportConformance;

/**
 * The one conversion between a run's {@link RunSettings} and JBeret's job parameters. A run's settings travel as
 * job parameters only from the launcher to the job listener, which records them on the run; every step then reads
 * the run. The parameters stay visible in the job repository and the run history.
 */
public final class RunSettingsParameters {

    static final String REPORTING_YEAR = "reportingYear";
    static final String AS_OF_DATE = "asOfDate";
    static final String SUBMISSIONS_DIR = "submissionsDir";
    /** Also read by the job XML: the chunk's item-count. */
    static final String ITEM_COUNT = "itemCount";
    static final String SKIP_LIMIT = "skipLimit";
    static final String GHG_REFERENCE = "ghgReference1990";
    static final String GHG_REFERENCE_SOURCE = "ghgReference1990Source";
    static final String TREND_WINDOW = "trendWindow";
    static final String BASELINE_TOLERANCE = "baselineTolerance";
    static final String REPORT_CONFORMANCE = "reportConformance";
    static final String REPORT_STATUS = "reportStatus";
    static final String MATERIALITY = "materiality";
    static final String PAPER_SIZE = "paperSize";
    static final String REVERIFIES = "reverifies";
    static final String REVERIFICATION_ID = "reverificationId";
    static final String PINNED_SUBMISSIONS = "pinnedSubmissions";
    static final String RULES_VERSION = "rulesVersion";
    /** The one parameter of ingest-submission: the RECEIVED version it ingests. */
    static final String SUBMISSION_ID = "submissionId";

    private RunSettingsParameters() {
    }

    static Properties of(RunSettings settings) {
        Properties parameters = new Properties();
        parameters.setProperty(REPORTING_YEAR, String.valueOf(settings.reportingYear()));
        parameters.setProperty(AS_OF_DATE, settings.asOfDate().toString());
        parameters.setProperty(SUBMISSIONS_DIR, settings.submissionsDir());
        parameters.setProperty(ITEM_COUNT, String.valueOf(settings.itemCount()));
        parameters.setProperty(SKIP_LIMIT, String.valueOf(settings.skipLimit()));
        if (settings.ghgReference().text() != null) {
            parameters.setProperty(GHG_REFERENCE, settings.ghgReference().text());
            parameters.setProperty(GHG_REFERENCE_SOURCE, settings.ghgReference().source());
        }
        parameters.setProperty(TREND_WINDOW, settings.trendWindow().fromYear() + "-" + settings.trendWindow().toYear());
        parameters.setProperty(BASELINE_TOLERANCE, settings.baselineTolerance().toPlainString());
        parameters.setProperty(REPORT_CONFORMANCE,
                settings.reportConformance() == ReportConformance.PDF_A_1A ? "pdfa" : "tagged");
        parameters.setProperty(REPORT_STATUS, settings.reportStatus().name().toLowerCase(Locale.ROOT));
        parameters.setProperty(MATERIALITY, settings.materiality().text());
        parameters.setProperty(PAPER_SIZE, settings.paperSize().parameter());
        Reverifying reverifying = settings.reverifying();
        if (reverifying != null) {
            parameters.setProperty(REVERIFIES, String.valueOf(reverifying.originalExecutionId()));
            parameters.setProperty(REVERIFICATION_ID, String.valueOf(reverifying.reverificationId()));
            parameters.setProperty(PINNED_SUBMISSIONS, reverifying.pinnedSubmissions().stream()
                    .map(String::valueOf).collect(Collectors.joining(",")));
            if (reverifying.rulesVersion() != null) {
                parameters.setProperty(RULES_VERSION, reverifying.rulesVersion());
            }
        }
        return parameters;
    }

    /** The settings {@link #of} wrote, as they were resolved: nothing is defaulted or read from the server here. */
    static RunSettings settings(Properties parameters) {
        int year = RunSettings.reportingYear(parameters.getProperty(REPORTING_YEAR));
        String reverifies = parameters.getProperty(REVERIFIES);
        Reverifying reverifying = reverifies == null ? null : new Reverifying(Long.parseLong(reverifies),
                Long.parseLong(parameters.getProperty(REVERIFICATION_ID)),
                RunSettings.pinnedSubmissions(parameters.getProperty(PINNED_SUBMISSIONS)),
                parameters.getProperty(RULES_VERSION));
        return new RunSettings(year, RunSettings.asOfDate(parameters.getProperty(AS_OF_DATE), year),
                parameters.getProperty(SUBMISSIONS_DIR),
                Integer.parseInt(parameters.getProperty(ITEM_COUNT)),
                RunSettings.skipLimit(parameters.getProperty(SKIP_LIMIT)),
                new GhgReferenceText(parameters.getProperty(GHG_REFERENCE),
                        parameters.getProperty(GHG_REFERENCE_SOURCE)),
                TrendWindow.parse(parameters.getProperty(TREND_WINDOW), year),
                QaThresholds.parseBaselineTolerance(parameters.getProperty(BASELINE_TOLERANCE)),
                RunSettings.reportConformance(parameters.getProperty(REPORT_CONFORMANCE)),
                RunSettings.reportStatus(parameters.getProperty(REPORT_STATUS)),
                RunSettings.paperSize(parameters.getProperty(PAPER_SIZE)),
                RunSettings.materiality(parameters.getProperty(MATERIALITY)), reverifying);
    }

    static Properties ingest(long submissionId, int itemCount) {
        Properties parameters = new Properties();
        parameters.setProperty(SUBMISSION_ID, String.valueOf(submissionId));
        parameters.setProperty(ITEM_COUNT, String.valueOf(itemCount));
        return parameters;
    }

    static long submissionId(Properties parameters) {
        return Long.parseLong(parameters.getProperty(SUBMISSION_ID));
    }
}
