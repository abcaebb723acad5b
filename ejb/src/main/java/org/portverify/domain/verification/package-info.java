/**
 * The regulator's verification of a port's published headline claims: each claimed figure compared with the figure
 * the engine recomputes from the accepted package ({@link org.portverify.domain.verification.ClaimComparison}), and
 * the opinion per port and reporting year that the reasons found lead to
 * ({@link org.portverify.domain.verification.VerificationOpinion}). Pure functions over values: the same claims and
 * reasons give the same opinion and the same text, whatever order they come in.
 */
package org.portverify.domain.verification;
