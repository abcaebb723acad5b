/** The server's seal: the JDK's Ed25519 signatures over what a port certified, and where its key is kept. */
package org.portverify.infrastructure.signing;
