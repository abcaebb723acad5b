/**
 * Verification runs and the inputs they pinned; the guard that starts the scheduled run of a year once; auditors'
 * re-verifications and the pure comparison of a re-run with its original ({@link FigureComparison}).
 */
package org.portverify.domain.run;
