package org.portverify.interfaces.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.portverify.application.SubmissionReviews;
import org.portverify.application.SubmissionReviews.Awaiting;

/** What awaits whom in a reporting year: the regulator's staff see both ports, a port's users their own. */
@Path("reviews/{reportingYear}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewQueueResource {

    @EJB
    private SubmissionReviews reviews;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN, Roles.BOARD_STAFF, Roles.POLA_SUBMITTER,
            Roles.POLB_SUBMITTER, Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER})
    public List<Awaiting> awaiting(@PathParam("reportingYear") String reportingYear) {
        return reviews.awaiting(PathParams.year(reportingYear), Roles.portOf(security).orElse(null));
    }
}
