package org.portverify.interfaces.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.portverify.application.SubmissionReviews;
import org.portverify.application.SubmissionReviews.CommentView;
import org.portverify.application.SubmissionReviews.ReviewView;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.submission.ReviewComment;

/**
 * The review of one version: a reviewer takes it up, returns it with a comment and a reply due date, or accepts it;
 * reviewers and the port's users comment on it (the port answers here and with a new version).
 */
@Path("submissions/{port}/{reportingYear}/{version}/review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @EJB
    private SubmissionReviews reviews;

    @Context
    private SecurityContext security;

    @PathParam("port")
    private String port;

    @PathParam("reportingYear")
    private String reportingYear;

    @PathParam("version")
    private String version;

    /** Takes up a CERTIFIED version (PV-4308 otherwise). */
    @POST
    @RolesAllowed(Roles.REVIEWER)
    public ReviewView takeUp() {
        return reviews.takeUp(Roles.visiblePort(security, port), PathParams.year(reportingYear),
                PathParams.version(version), user());
    }

    /** Body {@code {"comment": "...", "replyDue": "2026-07-15"}}: returns a version IN_REVIEW to the port. */
    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    public ReviewView returnToPort(String body) {
        return reviews.returnToPort(Roles.visiblePort(security, port), PathParams.year(reportingYear),
                PathParams.version(version), user(), JsonMember.required(body, "comment"),
                JsonMember.required(body, "replyDue"));
    }

    /** Accepts a version IN_REVIEW: the year's runs use it from now on. */
    @POST
    @Path("acceptance")
    @RolesAllowed(Roles.REVIEWER)
    public ReviewView accept() {
        return reviews.accept(Roles.visiblePort(security, port), PathParams.year(reportingYear),
                PathParams.version(version), user());
    }

    /** The version's comments, oldest first. */
    @GET
    @Path("comments")
    @RolesAllowed({Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN, Roles.BOARD_STAFF, Roles.POLA_SUBMITTER,
            Roles.POLB_SUBMITTER, Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER})
    public List<CommentView> comments() {
        return reviews.comments(Roles.visiblePort(security, port), PathParams.year(reportingYear),
                PathParams.version(version));
    }

    /**
     * Body {@code {"comment": "...", "file": "emissions.csv", "line": 12, "code": "PV-1103"}} (file, line and code
     * optional: on a finding): a reviewer's comment, or the port's answer. 201 with the comment.
     */
    @POST
    @Path("comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER, Roles.POLA_CERTIFIER,
            Roles.POLB_CERTIFIER})
    public Response comment(String body) {
        JsonObject json = object(body);
        ReviewComment.Side side = security.isUserInRole(Roles.REVIEWER) ? ReviewComment.Side.REGULATOR
                : ReviewComment.Side.PORT;
        CommentView comment = reviews.comment(Roles.visiblePort(security, port), PathParams.year(reportingYear),
                PathParams.version(version), user(), side, JsonMember.required(body, "comment"),
                optionalText(json, "file"), optionalLine(json), optionalText(json, "code"));
        return Response.status(201).entity(comment).build();
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }

    private static JsonObject object(String body) {
        return JsonMember.object(body).orElseThrow(() -> new RuleViolation(ErrorCode.COMMENT_INVALID,
                "the body must be a JSON object"));
    }

    private static String optionalText(JsonObject json, String member) {
        JsonValue value = json.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new RuleViolation(ErrorCode.COMMENT_INVALID, member + " must be a string");
        }
        return json.getString(member);
    }

    private static Long optionalLine(JsonObject json) {
        JsonValue value = json.get("line");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !json.getJsonNumber("line").isIntegral()) {
            throw new RuleViolation(ErrorCode.COMMENT_INVALID, "line must be a whole number");
        }
        return json.getJsonNumber("line").longValue();
    }
}
