/**
 * Trends of a (data year, value) series for the Board and the auditors: ordinary least squares (Commons Math
 * {@code SimpleRegression}) with the 95% confidence interval of its slope, Theil-Sen where a year is an outlier, and
 * the year in which a goal is projected to be met, with its interval, or "not on current trend".
 *
 * <p>Statistics are doubles (IEEE 754, strict on every JVM since Java 17) computed from inputs sorted by year, so the
 * same series gives bit-identical results whatever the order of its rows. Nothing here returns NaN: what cannot be
 * computed has a status and a PV-30xx code.
 */
package org.portverify.domain.metrics.trend;
