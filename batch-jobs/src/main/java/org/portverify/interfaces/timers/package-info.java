/**
 * What the server does by itself: the persistent timer of the scheduled annual run with its once-per-year guard
 * ({@link org.portverify.interfaces.timers.AnnualRunSchedule}), and at startup the recovery of executions a crash
 * left running ({@link org.portverify.interfaces.timers.CrashRecovery}).
 */
package org.portverify.interfaces.timers;
