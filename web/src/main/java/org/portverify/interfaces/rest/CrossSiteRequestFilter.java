package org.portverify.interfaces.rest;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * The CSRF defence. Browsers replay HTTP Basic credentials on cross-site requests, and a cross-site page can POST a
 * form (even multipart) without any preflight. So every state-changing request must carry
 * {@value #HEADER}, which only a script of our own origin can add (a custom header forces a CORS preflight, which this
 * server never grants); and where the browser tells where the request comes from ({@code Origin},
 * {@code Sec-Fetch-Site}), that must be this server. Refusals are 403 with PV-4010.
 */
@Provider
@PreMatching
public class CrossSiteRequestFilter implements ContainerRequestFilter {

    /** The header the web page's fetch sends (portverify.js); API clients send it too. */
    public static final String HEADER = "X-PortVerify-Request";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> SAME_SITE_FETCHES = Set.of("same-origin", "none");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        String refusal = refusal(request);
        if (refusal != null) {
            request.abortWith(ErrorBody.answer(new RuleViolation(ErrorCode.CROSS_SITE_REFUSED, refusal)));
        }
    }

    private static String refusal(ContainerRequestContext request) {
        String marker = request.getHeaderString(HEADER);
        if (marker == null || marker.isBlank()) {
            return "header " + HEADER + " is missing";
        }
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if (fetchSite != null && !SAME_SITE_FETCHES.contains(fetchSite.trim().toLowerCase(Locale.ROOT))) {
            return "Sec-Fetch-Site is '" + fetchSite + "'";
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameOrigin(origin.trim(), request.getUriInfo().getBaseUri())) {
            return "Origin '" + origin + "' is not this server";
        }
        return null;
    }

    private static boolean sameOrigin(String origin, URI server) {
        URI claimed;
        try {
            claimed = URI.create(origin);
        } catch (IllegalArgumentException e) {
            return false; // "null" (a sandboxed or file: page) and anything malformed
        }
        return claimed.getScheme() != null && claimed.getHost() != null
                && claimed.getScheme().equalsIgnoreCase(server.getScheme())
                && claimed.getHost().equalsIgnoreCase(server.getHost()) && port(claimed) == port(server);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
