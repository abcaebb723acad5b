/**
 * Certified submissions: the versioned statement a port's certifying official signs, the certification of a version
 * and the text the server's seal signs for it ({@link org.portverify.domain.certification.SignedText}), and the seal's
 * public keys. Pure Java and persistence annotations; signing itself is the JDK's (infrastructure.signing).
 */
package org.portverify.domain.certification;
