/**
 * Submission packages as stored: a folder of CSV files, a ZIP of CSV files or an XLSX workbook
 * ({@link org.portverify.infrastructure.files.SubmissionPackage}, opened by
 * {@link org.portverify.infrastructure.files.SubmissionPackages}); digesting them and streaming their records
 * through a format-neutral {@link org.portverify.infrastructure.files.RecordCursor}.
 */
package org.portverify.infrastructure.files;
