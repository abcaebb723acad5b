/**
 * Batch artifacts of the jobs in {@code META-INF/batch-jobs}, and {@link org.portverify.interfaces.batch.JobLauncher},
 * the one place that starts and inspects executions. Artifacts translate and delegate; they decide no rule.
 */
package org.portverify.interfaces.batch;
