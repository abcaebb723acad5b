/**
 * CAAP metrics: reductions against the 2005 baseline and against 2017 of the same edition, emissions per 10,000 TEU,
 * San Pedro Bay totals and their display rounding. Pure arithmetic, testable without a server. The sub-packages build
 * on these rows: {@code goals} (the CAAP standards and zero-emission goals), {@code trend} (least-squares and
 * Theil-Sen trends with goal projections) and {@code qa} (flags for the auditors).
 */
package org.portverify.domain.metrics;
