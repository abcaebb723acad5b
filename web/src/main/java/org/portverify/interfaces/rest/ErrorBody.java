package org.portverify.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/** The JSON body of every error response: the stable code, the HTTP status and a message people can act on. */
public record ErrorBody(String code, int status, String message) {

    /** The answer to a refusal: the catalogue's status for its code. */
    static Response answer(RuleViolation violation) {
        return answer(violation.code(), violation.code().httpStatus(), violation.getMessage());
    }

    /** The answer with a status of its own (a JAX-RS refusal keeps the status it was raised with). */
    static Response answer(ErrorCode code, int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(code.code(), status, message)).build();
    }
}
