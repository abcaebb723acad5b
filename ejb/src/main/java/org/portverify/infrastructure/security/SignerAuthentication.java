package org.portverify.infrastructure.security;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;

import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * The second authentication at the moment of signing: the signer's password checked again against the security
 * domain the request was authenticated by (WildFly's Elytron: the realm, its bcrypt hashes and its lockout after
 * failed attempts), not against anything the application keeps.
 */
@ApplicationScoped
public class SignerAuthentication {

    /** Whether {@code password} is {@code name}'s now; the password's characters are cleared either way. */
    public boolean confirms(String name, char[] password) {
        try {
            SecurityDomain domain = SecurityDomain.getCurrent();
            if (domain == null) {
                throw new IllegalStateException("No Elytron security domain is associated with this request");
            }
            SecurityIdentity identity = domain.authenticate(name, new PasswordGuessEvidence(password.clone()));
            return name.equals(identity.getPrincipal().getName());
        } catch (SecurityException e) {
            return false;
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("The users' realm cannot be read to confirm " + name, e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
