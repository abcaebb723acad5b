/**
 * Commands that run against a server process of their own rather than inside the test server: the kill -9 crash test
 * of the ingest ({@link org.portverify.tools.CrashTest}, {@code -Pcrash-test}, docs/testing.md). Not part of the suite.
 */
package org.portverify.tools;
