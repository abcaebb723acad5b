/**
 * Port submissions: the package contract (docs/submission-format.md), the record-by-record rules, the package rules
 * over all accepted records of one submission, and what is kept: accepted figures with their source line, refused
 * records, warnings.
 */
package org.portverify.domain.submission;
