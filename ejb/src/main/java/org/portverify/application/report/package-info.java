/**
 * The Governing Board report's assembly: {@link org.portverify.application.report.BoardReportAssembly} turns a run's
 * stored figures ({@link org.portverify.application.report.BoardReportInputs}) into the display-ready
 * {@link org.portverify.reports.BoardReportModel}, one section assembler per section of the report. Every number is
 * formatted by {@link org.portverify.application.report.ReportFormats} and every digest computed by
 * {@link org.portverify.application.report.ReportDigests}. Pure: no database, no clock, so the same inputs always
 * give the same model (and the same PDF), and the assembly is tested without a server.
 *
 * <p>Dependencies run one way: the assembly calls the section assemblers, which call {@code MetricIndex},
 * {@code ReportFormats} and the domain; an assembler that needs another section's content (the summary quotes the
 * compliance section) is handed that section's record, never calls its assembler.
 */
package org.portverify.application.report;
