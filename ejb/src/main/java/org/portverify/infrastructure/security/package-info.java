/** What the application asks of the server's security (WildFly's Elytron) beyond the roles it declares. */
package org.portverify.infrastructure.security;
