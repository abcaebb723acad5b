/** Adapter to the JasperReports renderer of the reports module. */
package org.portverify.infrastructure.reports;
