package org.portverify.interfaces.rest;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * At most {@link #perMinute} anonymous requests a minute from one address (system property
 * {@code portverify.public.requests-per-minute}, 120 by default): the public view must stay up for everyone when one
 * client loops ({@link RequestWindows}). Beyond the limit: 429 with PV-4403 and Retry-After.
 */
@Provider
@PublicAccess
public class PublicRateLimit implements ContainerRequestFilter {

    static final String PER_MINUTE = "portverify.public.requests-per-minute";
    private static final int DEFAULT_PER_MINUTE = 120;
    private static final RequestWindows WINDOWS = new RequestWindows(10_000);

    @Context
    private HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        int limit = perMinute();
        OptionalLong retryAfter = WINDOWS.refuse(http.getRemoteAddr(), System.nanoTime(), limit);
        if (retryAfter.isPresent()) {
            Response refused = ErrorBody.answer(new RuleViolation(ErrorCode.PUBLIC_RATE_LIMITED, limit,
                    retryAfter.getAsLong()));
            request.abortWith(Response.fromResponse(refused).header("Retry-After", retryAfter.getAsLong()).build());
        }
    }

    /** The limit is read per request, so that an administrator's change applies at once. */
    static int perMinute() {
        try {
            return Integer.parseInt(System.getProperty(PER_MINUTE, String.valueOf(DEFAULT_PER_MINUTE)).strip());
        } catch (NumberFormatException e) {
            return DEFAULT_PER_MINUTE;
        }
    }
}
