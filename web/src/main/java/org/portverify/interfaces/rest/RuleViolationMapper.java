package org.portverify.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.portverify.domain.error.RuleViolation;

/** Turns a domain refusal into a JSON error with its PV code and the HTTP status the catalogue gives that code. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Override
    public Response toResponse(RuleViolation violation) {
        return ErrorBody.answer(violation);
    }
}
