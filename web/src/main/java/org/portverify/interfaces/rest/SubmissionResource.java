package org.portverify.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.portverify.application.PackageCheck;
import org.portverify.application.PageRequest;
import org.portverify.application.RegistrationOutcome;
import org.portverify.application.SubmissionCertifications;
import org.portverify.application.SubmissionCertifications.CertificationView;
import org.portverify.application.SubmissionChecks;
import org.portverify.application.SubmissionHistory;
import org.portverify.application.SubmissionUploads;
import org.portverify.application.SubmissionView.FindingView;
import org.portverify.application.SubmissionView;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.reports.tables.CsvWriter.Column;

/**
 * The ports' packages: a port's submitter uploads its own port's package (ZIP of CSV files or XLSX workbook) and reads
 * its versions and validation reports; the regulator's staff read every port's.
 */
@Path("submissions/{port}/{reportingYear}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    /** The validation report's columns; what a port supplied (file, field, value, raw line) and the messages are text. */
    static final List<Column<FindingView>> VALIDATION_REPORT = List.of(Column.value("severity", FindingView::severity),
            Column.value("code", FindingView::code), Column.text("file", FindingView::file),
            Column.value("line", FindingView::line), Column.text("field", FindingView::field),
            Column.text("value", FindingView::value), Column.text("message", FindingView::message),
            Column.text("raw_line", FindingView::rawLine));

    @EJB
    private SubmissionHistory history;

    @EJB
    private SubmissionUploads uploads;

    @EJB
    private SubmissionChecks checks;

    @EJB
    private SubmissionCertifications certifications;

    @Context
    private SecurityContext security;

    /**
     * Stores the bytes as received, registers a version and starts ingest-submission: 202 with the execution id (also
     * when the same bytes continue an interrupted ingest, RESUMED, or find it running, IN_PROGRESS); 200 when the same
     * bytes were already received; 422 when the package is refused as a whole (see its report).
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER})
    public Response upload(@PathParam("port") String port, @PathParam("reportingYear") String reportingYear,
                           @FormParam("package") EntityPart file, @FormParam("skipLimit") String skipLimit) {
        Port target = Roles.visiblePort(security, port);
        int year = PathParams.year(reportingYear);
        SubmissionUploads.Upload upload = withPackage(file, skipLimit, (bytes, fileName) ->
                uploads.upload(target, year, bytes, fileName, security.getUserPrincipal().getName()));
        RegistrationOutcome outcome = upload.outcome();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("submissionId", outcome.submissionId());
        body.put("outcome", outcome.kind().name());
        body.put("message", outcome.message());
        body.put("packageSha256", upload.packageSha256());
        if (upload.executionId() != null) {
            body.put("executionId", upload.executionId());
        }
        boolean ingesting = upload.executionId() != null || outcome.kind() == RegistrationOutcome.Kind.IN_PROGRESS;
        return Response.status(ingesting ? 202 : outcome.kind() == RegistrationOutcome.Kind.REFUSED ? 422 : 200)
                .entity(body).build();
    }

    /**
     * Checks a package without submitting it (a dry run): 200 with the validation report and the status an upload of
     * the same bytes would get now. Nothing is stored. The same part, limits and refusals as an upload.
     */
    @POST
    @Path("checks")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER})
    public PackageCheck check(@PathParam("port") String port, @PathParam("reportingYear") String reportingYear,
                              @FormParam("package") EntityPart file, @FormParam("skipLimit") String skipLimit) {
        Port target = Roles.visiblePort(security, port);
        int year = PathParams.year(reportingYear);
        return withPackage(file, skipLimit, (bytes, fileName) -> checks.check(target, year, bytes, fileName));
    }

    /**
     * Hands the package part's bytes and file name to {@code use}, after the refusals every package part gets before a
     * byte is read: a {@code skipLimit} part (PV-4020: the tolerance is the regulator's, PUT /tolerances/{year}) and
     * no {@code package} part (PV-4008).
     */
    private static <T> T withPackage(EntityPart file, String skipLimit, BiFunction<InputStream, String, T> use) {
        if (skipLimit != null) {
            throw new RuleViolation(ErrorCode.TOLERANCE_NOT_THE_SUBMITTERS, "skipLimit");
        }
        if (file == null) {
            throw new RuleViolation(ErrorCode.UPLOAD_MISSING);
        }
        try (InputStream bytes = file.getContent()) {
            return use.apply(bytes, file.getFileName().orElse("package"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every version of the package, newest first: the history. */
    @GET
    @RolesAllowed({Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER, Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER,
            Roles.AUDITOR, Roles.ADMIN, Roles.BOARD_STAFF, Roles.REVIEWER})
    public List<SubmissionView> versions(@PathParam("port") String port,
                                         @PathParam("reportingYear") String reportingYear) {
        return history.versions(Roles.visiblePort(security, port), PathParams.year(reportingYear));
    }

    /** A version with one page of its findings: {@code limit} (default 100, at most 1000) from {@code offset}. */
    @GET
    @Path("{version}")
    @RolesAllowed({Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER, Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER,
            Roles.AUDITOR, Roles.ADMIN, Roles.BOARD_STAFF, Roles.REVIEWER})
    public SubmissionView version(@PathParam("port") String port, @PathParam("reportingYear") String reportingYear,
                                  @PathParam("version") String version, @QueryParam("offset") String offset,
                                  @QueryParam("limit") String limit) {
        return history.version(Roles.visiblePort(security, port), PathParams.year(reportingYear),
                PathParams.version(version), PageRequest.of(offset, limit));
    }

    /**
     * The validation report as CSV: every error and warning with its code, file, line, field and value, streamed
     * from the database row by row (the version is looked up first, so an unknown one is still a 404).
     */
    @GET
    @Path("{version}/validation-report.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER, Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER,
            Roles.AUDITOR, Roles.ADMIN, Roles.BOARD_STAFF, Roles.REVIEWER})
    public Response validationReport(@PathParam("port") String port,
                                     @PathParam("reportingYear") String reportingYear,
                                     @PathParam("version") String version) {
        Port target = Roles.visiblePort(security, port);
        int year = PathParams.year(reportingYear);
        int number = PathParams.version(version);
        SubmissionView view = history.version(target, year, number);
        String fileName = "validation-report-" + view.port() + "-" + view.reportingYear() + "-v" + view.version()
                + ".csv";
        return CsvDownload.streamed(fileName, VALIDATION_REPORT,
                row -> history.validationReport(target, year, number, row));
    }


    /**
     * The port's certifying official certifies a version that passed validation: body
     * {@code {"statementVersion": 1, "password": "..."}}, the statement version they read
     * ({@code GET /certification-statement}) and their own password again. 201 with the certification; PV-4303 when
     * the statement changed, PV-4304 when the password is not theirs, PV-4302 when the version cannot be certified.
     */
    @POST
    @Path("{version}/certification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER})
    public Response certify(@PathParam("port") String port, @PathParam("reportingYear") String reportingYear,
                            @PathParam("version") String version, String body) {
        Port target = Roles.visiblePort(security, port);
        int year = PathParams.year(reportingYear);
        int number = PathParams.version(version);
        int statementVersion = PathParams.version(JsonMember.required(body, "statementVersion"), "statementVersion");
        String password = JsonMember.required(body, "password");
        CertificationView certified = certifications.certify(target, year, number,
                security.getUserPrincipal().getName(), password.toCharArray(), statementVersion);
        return Response.status(201).entity(certified).build();
    }

    /** A version's certification with what is needed to check its signature anywhere; PV-4306 when not certified. */
    @GET
    @Path("{version}/certification")
    @RolesAllowed({Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER, Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER,
            Roles.AUDITOR, Roles.ADMIN, Roles.BOARD_STAFF, Roles.REVIEWER})
    public CertificationView certification(@PathParam("port") String port,
                                           @PathParam("reportingYear") String reportingYear,
                                           @PathParam("version") String version) {
        return certifications.certification(Roles.visiblePort(security, port), PathParams.year(reportingYear),
                PathParams.version(version));
    }

    /**
     * The copy of record of a certified version: the PDF/A kept at certification (the port's SHA-256 of it is in the
     * certification, {@code receiptSha256}). PV-4306 when the version is not certified.
     */
    @GET
    @Path("{version}/certification/receipt.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER, Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER,
            Roles.AUDITOR, Roles.ADMIN, Roles.BOARD_STAFF, Roles.REVIEWER})
    public Response receipt(@PathParam("port") String port, @PathParam("reportingYear") String reportingYear,
                            @PathParam("version") String version) {
        Port target = Roles.visiblePort(security, port);
        int year = PathParams.year(reportingYear);
        int number = PathParams.version(version);
        byte[] pdf = certifications.receipt(target, year, number);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\""
                + "copy-of-record-" + target + "-" + year + "-v" + number + ".pdf\"").build();
    }

    /**
     * The port disputes its copy of record within the dispute window: body {@code {"reason": "..."}}; 201 with the
     * comment it becomes. PV-4311 once the window closed.
     */
    @POST
    @Path("{version}/certification/disputes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.POLA_SUBMITTER, Roles.POLB_SUBMITTER, Roles.POLA_CERTIFIER, Roles.POLB_CERTIFIER})
    public Response dispute(@PathParam("port") String port, @PathParam("reportingYear") String reportingYear,
                            @PathParam("version") String version, String body) {
        return Response.status(201).entity(certifications.dispute(Roles.visiblePort(security, port),
                PathParams.year(reportingYear), PathParams.version(version), security.getUserPrincipal().getName(),
                JsonMember.required(body, "reason"))).build();
    }
}
