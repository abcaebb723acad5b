/**
 * Quality flags for the auditors over a run's metrics: year-over-year changes beyond a robust threshold (median
 * absolute deviation), a 2005 baseline that moved between editions, pollutants that rose since 2005 (informative for
 * those that may rise, such as CO), and data years missing from a series. A flag asks a question; it changes no
 * figure. Exact decimal arithmetic, results in {@link org.portverify.domain.metrics.qa.QaFlag#ORDER}.
 */
package org.portverify.domain.metrics.qa;
