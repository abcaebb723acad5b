package org.portverify.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.portverify.domain.error.RuleViolation;

/** Turns a domain refusal into a JSON error with its PV code: unknown things are 404, bad parameters 400. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Override
    public Response toResponse(RuleViolation violation) {
        Response.Status status = switch (violation.code()) {
            case EXECUTION_NOT_FOUND, REPORT_NOT_FOUND, SUBMISSION_NOT_FOUND -> Response.Status.NOT_FOUND;
            case TABLE_NOT_FOUND, REPORT_OF_RUN_NOT_FOUND -> Response.Status.NOT_FOUND;
            case TABLE_NOT_EXPORTABLE, TABLE_EXPORT_FAILED -> Response.Status.INTERNAL_SERVER_ERROR;
            case PARAMETER_INVALID, UPLOAD_MISSING -> Response.Status.BAD_REQUEST;
            case GHG_REFERENCE_INVALID, TREND_WINDOW_INVALID, BASELINE_TOLERANCE_INVALID -> Response.Status.BAD_REQUEST;
            case OTHER_PORT -> Response.Status.FORBIDDEN;
            default -> Response.Status.CONFLICT;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(violation.code().code(), status.getStatusCode(), violation.getMessage()))
                .build();
    }
}
