package org.portverify.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.portverify.domain.error.RuleViolation;

/** Turns a domain refusal into a JSON error with its PV code and the HTTP status the catalogue gives that code. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Override
    public Response toResponse(RuleViolation violation) {
        int status = violation.code().httpStatus();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(violation.code().code(), status, violation.getMessage()))
                .build();
    }
}
