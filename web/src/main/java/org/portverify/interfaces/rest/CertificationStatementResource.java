package org.portverify.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.portverify.application.SubmissionCertifications;
import org.portverify.application.SubmissionCertifications.StatementView;

/** The certification statement a port's certifying official signs: every role reads it, an administrator publishes. */
@Path("certification-statement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CertificationStatementResource {

    @EJB
    private SubmissionCertifications certifications;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.BOARD_STAFF, Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER,
            Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER, Roles.REVIEWER})
    public StatementView current() {
        return certifications.statement();
    }

    /** Body {@code {"text": "I certify ..."}}: the next version (the same text publishes nothing); PV-4305 if invalid. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public StatementView publish(String body) {
        return certifications.publish(JsonMember.required(body, "text"), security.getUserPrincipal().getName());
    }
}
