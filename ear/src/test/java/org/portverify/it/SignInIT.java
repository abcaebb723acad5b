package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in (docs/security.md): credentials travel over HTTPS only, plain HTTP is redirected before anything is
 * answered; an identity is locked out after 5 wrong passwords in a row (configure.cli), even for its right one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    /** wildfly.elytron.realm.PortVerifyRealm.brute-force.max-failed-attempts in configure.cli. */
    private static final int MAX_FAILED_SIGN_INS = 5;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void plainHttpWithCredentialsIsRedirectedToHttpsAndAnswersNothing() throws Exception {
        String plain = base.toExternalForm() + (base.toExternalForm().endsWith("/") ? "" : "/");
        assertTrue(plain.startsWith("http://"), plain);
        for (String path : new String[] {"api/runs", "api/me", "api/health", "index.html"}) {
            HttpResponse<String> response = Http.get(Http.User.ADMIN, plain + path);
            assertEquals(302, response.statusCode(), path + ": " + response.body());
            assertEquals(Http.secure(base) + path, response.headers().firstValue("Location").orElse(""), path);
            assertEquals("", response.body(), path);
        }
    }

    @Test
    void httpsAcceptsTheCredentials() throws Exception {
        assertTrue(Http.api(base).startsWith("https://"), Http.api(base));
        HttpResponse<String> me = Http.get(Http.User.ADMIN, Http.api(base) + "/me");
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().startsWith("{\"user\":\"admin\",\"roles\":[\"admin\"]"), me.body());
        assertEquals(401, Http.get(Http.User.ANONYMOUS, Http.api(base) + "/me").statusCode());
    }

    @Test
    void fiveWrongPasswordsLockTheIdentityOutEvenForItsRightPassword() throws Exception {
        String me = Http.api(base) + "/me";
        assertEquals(200, Http.get(Http.User.LOCKOUT_PROBE, me).statusCode(), "the probe signs in before");
        for (int attempt = 1; attempt <= MAX_FAILED_SIGN_INS; attempt++) {
            assertEquals(401, Http.get(Http.User.LOCKOUT_PROBE_WRONG_PASSWORD, me).statusCode(), "attempt " + attempt);
        }
        assertEquals(401, Http.get(Http.User.LOCKOUT_PROBE, me).statusCode(), "locked out for the lock-out interval");
        // The lock-out is per identity: everybody else still signs in.
        assertEquals(200, Http.get(Http.User.BOARD, me).statusCode());
    }
}
