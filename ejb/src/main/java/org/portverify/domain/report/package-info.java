/** The Governing Board report as a stored, digested document. */
package org.portverify.domain.report;
