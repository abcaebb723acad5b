/** Benchmarks run by a documented command (README, "Benchmarks"); they print figures and assert nothing. */
package org.portverify.benchmark;
