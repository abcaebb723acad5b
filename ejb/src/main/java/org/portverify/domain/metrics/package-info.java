/**
 * CAAP metrics: reductions against the 2005 baseline of the same edition, emissions per 10,000 TEU, San Pedro Bay
 * totals and their display rounding. Pure arithmetic, testable without a server.
 */
package org.portverify.domain.metrics;
