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

import org.portverify.application.ErrorTolerances;
import org.portverify.application.ErrorTolerances.ToleranceView;

/**
 * The regulator's error tolerance of a reporting year: the refused records a version may have before it is
 * rejected as a whole and its ingest stops. Staff read it; only an administrator sets it.
 */
@Path("tolerances/{reportingYear}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ToleranceResource {

    @EJB
    private ErrorTolerances tolerances;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.BOARD_STAFF})
    public ToleranceView get(@PathParam("reportingYear") String reportingYear) {
        return tolerances.of(PathParams.year(reportingYear));
    }

    /** Body {@code {"skipLimit": 25}}; PV-4021 when the body or the number is not a tolerance. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public ToleranceView set(@PathParam("reportingYear") String reportingYear, String body) {
        return tolerances.set(PathParams.year(reportingYear), JsonMember.text(body, "skipLimit"),
                security.getUserPrincipal().getName());
    }
}
