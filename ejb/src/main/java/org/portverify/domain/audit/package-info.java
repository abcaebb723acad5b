/** The audit trail: every state-changing action as an entry of a SHA-256 hash chain that can be verified end to end. */
package org.portverify.domain.audit;
