package org.portverify.interfaces.rest;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * Every failure no other mapper answers gets the JSON error body too: JAX-RS refusals keep their status (404, 405,
 * 415, ...) with a code of their own; a request body over the limit is 413 (PV-1080); anything else is 500 PV-5003
 * naming an incident id. The answer never shows internals (class names, stack traces); the log has them, with the
 * code and the incident id.
 */
@Provider
public class UnmappedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnmappedErrorMapper.class.getName());

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return ErrorBody.answer(violation); // wrapped by a container (EJB, CDI, the multipart reader)
            }
            if (cause instanceof RequestSizeLimit.TooLarge tooLarge) {
                return ErrorBody.answer(tooLarge.violation());
            }
        }
        if (failure instanceof WebApplicationException refusal && refusal.getResponse().getStatus() < 500) {
            return refused(refusal.getResponse().getStatus());
        }
        String incident = UUID.randomUUID().toString();
        RuleViolation unexpected = new RuleViolation(ErrorCode.UNEXPECTED_ERROR, incident);
        LOG.log(Level.SEVERE, unexpected.getMessage() + " at " + path(), failure);
        return ErrorBody.answer(unexpected);
    }

    private Response refused(int status) {
        RuleViolation violation = refusal(status, path());
        return ErrorBody.answer(violation.code(), status, violation.getMessage());
    }

    /** The code of a refusal by HTTP status alone, for JAX-RS and for the servlet container (JsonErrorFilter). */
    static RuleViolation refusal(int status, String path) {
        return switch (status) {
            case 404 -> new RuleViolation(ErrorCode.RESOURCE_NOT_FOUND, path);
            case 405 -> new RuleViolation(ErrorCode.METHOD_NOT_ALLOWED, "This method", path);
            case 415 -> new RuleViolation(ErrorCode.MEDIA_TYPE_UNSUPPORTED, "of this request");
            case 403 -> new RuleViolation(ErrorCode.ROLE_REFUSED, path);
            default -> new RuleViolation(ErrorCode.REQUEST_REFUSED, status, Response.Status.Family.familyOf(status)
                    == Response.Status.Family.CLIENT_ERROR ? reasonOf(status) : "refused");
        };
    }

    private static String reasonOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "refused" : known.getReasonPhrase();
    }

    private String path() {
        return uri == null ? "this path" : "/api/" + uri.getPath().replaceFirst("^/", "");
    }
}
