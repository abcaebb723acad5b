/**
 * The Governing Board report's tables as data, for the CSV and XLSX exports: {@link
 * org.portverify.reports.tables.ReportTables} finds every table of the model by record reflection (so a table added
 * to the model is exported without code here), {@link org.portverify.reports.tables.CsvTables} and {@link
 * org.portverify.reports.tables.XlsxTables} write them, and {@link org.portverify.reports.tables.SpreadsheetText}
 * keeps a text cell from being run as a spreadsheet formula. {@link org.portverify.reports.tables.CsvWriter} is the
 * one CSV writer of the application: the table exports, the validation report and the progress CSVs.
 */
package org.portverify.reports.tables;
