package org.portverify.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.portverify.application.SubmissionDeadlines;
import org.portverify.application.SubmissionDeadlines.DeadlineView;

/**
 * The annual submission deadline of a reporting year: every signed-in role reads it (the ports need to know it);
 * only an administrator sets it.
 */
@Path("deadlines/{reportingYear}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {

    @EJB
    private SubmissionDeadlines deadlines;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.BOARD_STAFF, Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER,
            Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER, Roles.REVIEWER})
    public DeadlineView get(@PathParam("reportingYear") String reportingYear) {
        return deadlines.of(PathParams.year(reportingYear));
    }

    /** Body {@code {"dueDate": "2026-07-15"}}; PV-4023 when the body or the date is not a deadline of the year. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public DeadlineView set(@PathParam("reportingYear") String reportingYear, String body) {
        return deadlines.set(PathParams.year(reportingYear), JsonMember.text(body, "dueDate"),
                security.getUserPrincipal().getName());
    }
}
