/** Benchmarks run by a documented command (docs/benchmarks.md); they print figures and assert nothing. */
package org.portverify.benchmark;
