/**
 * Renders the Governing Board PDF with JasperReports from the plain, pre-formatted report model
 * ({@link org.portverify.reports.BoardReportModel}) and the templates compiled at build time.
 */
package org.portverify.reports;
