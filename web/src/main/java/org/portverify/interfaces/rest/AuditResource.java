package org.portverify.interfaces.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.portverify.application.AuditTrail;
import org.portverify.application.PageRequest;
import org.portverify.domain.audit.AuditChain;
import org.portverify.domain.audit.AuditEntry;

/** The audit trail, for the regulator's auditors and administrators: its entries and the verification of its chain. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    private AuditTrail trail;

    /** An entry as the API shows it. */
    public record EntryView(long seq, String recordedAt, String actor, String action, String objectType,
                            String objectId, String detail, String previousSha256, String entrySha256) {

        static EntryView of(AuditEntry e) {
            return new EntryView(e.getSeq(), e.getRecordedAt().toString(), e.getActor(), e.getAction(),
                    e.getObjectType(), e.getObjectId(), e.getDetail(), e.getPreviousSha256(), e.getEntrySha256());
        }
    }

    /** The outcome of a verification; {@code firstBrokenSeq} and {@code reason} are null when the chain is intact. */
    public record VerificationView(boolean intact, long entries, long headSeq, String headSha256,
                                   Long firstBrokenSeq, String reason) {

        static VerificationView of(AuditChain.Verification v) {
            return new VerificationView(v.intact(), v.entries(), v.head().lastSeq(), v.head().lastSha256(),
                    v.firstBreak().map(AuditChain.Break::seq).orElse(null),
                    v.firstBreak().map(AuditChain.Break::reason).orElse(null));
        }
    }

    /** One page of entries, newest first: {@code limit} (default 100, at most 1000) from {@code offset}; PV-4022. */
    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public List<EntryView> entries(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return trail.page(PageRequest.of(offset, limit)).stream().map(EntryView::of).toList();
    }

    /** Verifies the whole chain now and names the first entry that breaks it. */
    @GET
    @Path("verification")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public VerificationView verification() {
        return VerificationView.of(trail.verify());
    }
}
