/**
 * A run's CAAP progress as it is stored: the settings it was computed with ({@link
 * org.portverify.domain.metrics.progress.ProgressSettings}: 1990 GHG references, trend window, baseline tolerance),
 * the pure computation of every standard, headline trend, quality flag and zero-emission share from the run's metrics
 * and fleet data ({@link org.portverify.domain.metrics.progress.RunProgress}), and the entities that keep them per run
 * so that the Board report, the REST API and the auditors read the same numbers.
 */
package org.portverify.domain.metrics.progress;
