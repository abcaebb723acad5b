/**
 * Build-time tooling: compiles the module's JRXML templates to {@code .jasper} files during the
 * Maven {@code process-classes} phase, so that nothing is compiled at run time.
 */
package org.portverify.reports.build;
