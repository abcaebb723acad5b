package org.portverify.interfaces.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Who is signed in: the user name, the roles and, for a port's preparer or certifying official, the port. The web page shows only what these
 * roles may do; the endpoints enforce it regardless.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private static final List<String> ROLES = List.of(Roles.BOARD_STAFF, Roles.AUDITOR, Roles.ADMIN,
            Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER, Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER, Roles.REVIEWER);

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({Roles.BOARD_STAFF, Roles.AUDITOR, Roles.ADMIN, Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER,
            Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER, Roles.REVIEWER})
    public Map<String, Object> me() {
        List<String> roles = new ArrayList<>();
        for (String role : ROLES) {
            if (security.isUserInRole(role)) {
                roles.add(role);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", security.getUserPrincipal().getName());
        body.put("roles", roles);
        body.put("port", Roles.portOf(security).map(Enum::name).orElse(null));
        return body;
    }
}
