package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REST API's refusals, called over HTTP: unknown things are 404, bad parameters 400, both with a JSON body. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestApiIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear(RestApiIT.class);
    }

    @Test
    void healthAnswers() throws Exception {
        HttpResponse<String> response = Http.get(Http.User.ANONYMOUS, Http.api(base) + "/health");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"UP\""), response.body());
    }

    @Test
    void unknownExecutionIs404WithItsCode() throws Exception {
        assertError(Http.get(Http.User.ADMIN, Http.api(base) + "/runs/987654321"), 404, "PV-4004", "987654321");
    }

    @Test
    void nonNumericExecutionIdIs400() throws Exception {
        assertError(Http.get(Http.User.ADMIN, Http.api(base) + "/runs/abc"), 400, "PV-4001", "executionId");
    }

    @Test
    void reportOfAYearNeverRunIs404() throws Exception {
        assertError(Http.get(Http.User.ADMIN, Http.api(base) + "/reports/2011/board.pdf"), 404, "PV-4005", "2011");
    }

    @Test
    void tablesOfAnUnknownExecutionAre404AndOfANonNumericOne400() throws Exception {
        assertError(Http.get(Http.User.BOARD, Http.api(base) + "/reports/runs/987654321/tables/trends.csv"), 404,
                "PV-4004", "987654321");
        assertError(Http.get(Http.User.BOARD, Http.api(base) + "/reports/runs/abc/tables.xlsx"), 400, "PV-4001",
                "executionId");
    }

    @Test
    void startWithoutAYearIs400NamingTheParameter() throws Exception {
        assertError(Http.post(Http.User.ADMIN, Http.api(base) + "/runs"), 400, "PV-4001", "reportingYear");
        assertError(Http.post(Http.User.ADMIN, Http.api(base) + "/runs?reportingYear=20x5"), 400, "PV-4001", "reportingYear");
        assertError(Http.post(Http.User.ADMIN, Http.api(base) + "/runs?reportingYear=1999"), 400, "PV-4001", "reportingYear");
    }

    @Test
    void startWithABadAsOfDateIs400NamingTheParameter() throws Exception {
        assertError(Http.post(Http.User.ADMIN, Http.api(base) + "/runs?reportingYear=2025&asOfDate=31-12-2025"), 400, "PV-4001",
                "asOfDate");
    }

    @Test
    void startWithBadProgressSettingsIs400WithTheirCodes() throws Exception {
        String start = Http.api(base) + "/runs?reportingYear=2025";
        assertError(Http.post(Http.User.ADMIN, start + "&ghgReference1990=MARS:1"), 400, "PV-3012", "MARS");
        assertError(Http.post(Http.User.ADMIN, start + "&trendWindow=2025-2017"), 400, "PV-3013", "2025-2017");
        assertError(Http.post(Http.User.ADMIN, start + "&baselineTolerance=1.5"), 400, "PV-3014", "1.5");
        assertError(Http.post(Http.User.ADMIN, start + "&materiality=5%25,1pp"), 400, "PV-3015", "5%,1pp");
        assertError(Http.post(Http.User.ADMIN, start + "&paperSize=legal"), 400, "PV-4001", "legal");
    }

    /** Who may call what: every cell of the matrix is asserted (200/202/4xx from the resource, 401, 403). */
    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            // method, path, user, expected status
            "GET, /runs, ANONYMOUS, 401",
            "GET, /runs, BOARD, 200",
            "GET, /runs, AUDITOR, 200",
            "GET, /runs, ADMIN, 200",
            "GET, /runs, POLA, 403",
            "GET, /runs, POLB, 403",
            "GET, /runs/987654321, ANONYMOUS, 401",
            "GET, /runs/987654321, AUDITOR, 404",
            "GET, /runs/987654321, POLA, 403",
            "POST, /runs?reportingYear=20x5, ANONYMOUS, 401",
            "POST, /runs?reportingYear=20x5, BOARD, 403",
            "POST, /runs?reportingYear=20x5, AUDITOR, 403",
            "POST, /runs?reportingYear=20x5, POLA, 403",
            "POST, /runs?reportingYear=20x5, ADMIN, 400",
            "GET, /reports/2011/board.pdf, ANONYMOUS, 401",
            "GET, /reports/2011/board.pdf, BOARD, 404",
            "GET, /reports/2011/board.pdf, AUDITOR, 404",
            "GET, /reports/2011/board.pdf, ADMIN, 404",
            "GET, /reports/2011/board.pdf, POLA, 403",
            "GET, /reports/2011/board.pdf, POLB, 403",
            "GET, /reports/runs/987654321/tables, ANONYMOUS, 401",
            "GET, /reports/runs/987654321/tables, BOARD, 404",
            "GET, /reports/runs/987654321/tables, AUDITOR, 404",
            "GET, /reports/runs/987654321/tables, ADMIN, 404",
            "GET, /reports/runs/987654321/tables, POLA, 403",
            "GET, /reports/runs/987654321/tables, POLB, 403",
            "GET, /reports/runs/987654321/tables/reductions.json, ANONYMOUS, 401",
            "GET, /reports/runs/987654321/tables/reductions.json, POLA, 403",
            "GET, /reports/runs/987654321/tables/reductions.json, REVIEWER, 403",
            "GET, /reports/runs/987654321/tables/reductions.json, BOARD, 404",
            "GET, /reports/runs/987654321/tables/reductions.json, AUDITOR, 404",
            "GET, /reports/runs/987654321/tables/reductions.json, ADMIN, 404",
            "GET, /reports/runs/987654321/tables/reductions.csv, ANONYMOUS, 401",
            "GET, /reports/runs/987654321/tables/reductions.csv, BOARD, 404",
            "GET, /reports/runs/987654321/tables/reductions.csv, AUDITOR, 404",
            "GET, /reports/runs/987654321/tables/reductions.csv, ADMIN, 404",
            "GET, /reports/runs/987654321/tables/reductions.csv, POLA, 403",
            "GET, /reports/runs/987654321/tables/reductions.csv, POLB, 403",
            "GET, /reports/runs/987654321/tables/reductions.xlsx, ANONYMOUS, 401",
            "GET, /reports/runs/987654321/tables/reductions.xlsx, BOARD, 404",
            "GET, /reports/runs/987654321/tables/reductions.xlsx, AUDITOR, 404",
            "GET, /reports/runs/987654321/tables/reductions.xlsx, ADMIN, 404",
            "GET, /reports/runs/987654321/tables/reductions.xlsx, POLA, 403",
            "GET, /reports/runs/987654321/tables/reductions.xlsx, POLB, 403",
            "GET, /reports/runs/987654321/tables.xlsx, ANONYMOUS, 401",
            "GET, /reports/runs/987654321/tables.xlsx, BOARD, 404",
            "GET, /reports/runs/987654321/tables.xlsx, AUDITOR, 404",
            "GET, /reports/runs/987654321/tables.xlsx, ADMIN, 404",
            "GET, /reports/runs/987654321/tables.xlsx, POLA, 403",
            "GET, /reports/runs/987654321/tables.xlsx, POLB, 403",
            "GET, /agreement/rules, ANONYMOUS, 401",
            "GET, /agreement/rules, BOARD, 200",
            "GET, /agreement/rules, AUDITOR, 200",
            "GET, /agreement/rules, ADMIN, 200",
            "GET, /agreement/rules, POLA, 200",
            "GET, /agreement/rules, POLB, 200",
            "GET, /agreement/defaults, ANONYMOUS, 401",
            "GET, /agreement/defaults, BOARD, 200",
            "GET, /agreement/defaults, POLB, 200",
            "GET, /agreement/compliance/POLA/2011, ANONYMOUS, 401",
            "GET, /agreement/compliance/POLA/2011, AUDITOR, 404",
            "GET, /agreement/compliance/POLA/2011, POLB, 403",
            "GET, /progress/987654321/metrics, ANONYMOUS, 401",
            "GET, /progress/987654321/metrics, AUDITOR, 404",
            "GET, /progress/987654321/metrics.csv, BOARD, 404",
            "GET, /progress/987654321/standards, POLA, 403",
            "GET, /progress/987654321/qa-flags, POLB, 403",
            "POST, /runs/987654321/restart, ANONYMOUS, 401",
            "POST, /runs/987654321/restart, BOARD, 403",
            "POST, /runs/987654321/restart, AUDITOR, 403",
            "POST, /runs/987654321/restart, POLA, 403",
            "POST, /runs/987654321/restart, POLB, 403",
            "POST, /runs/987654321/restart, ADMIN, 404",
            "POST, /runs/987654321/reverifications, ANONYMOUS, 401",
            "POST, /runs/987654321/reverifications, BOARD, 403",
            "POST, /runs/987654321/reverifications, ADMIN, 403",
            "POST, /runs/987654321/reverifications, POLA, 403",
            "POST, /runs/987654321/reverifications, POLB, 403",
            "POST, /runs/987654321/reverifications, AUDITOR, 404",
            "GET, /runs/987654321/reverifications, ANONYMOUS, 401",
            "GET, /runs/987654321/reverifications, BOARD, 403",
            "GET, /runs/987654321/reverifications, POLA, 403",
            "GET, /runs/987654321/reverifications, POLB, 403",
            "GET, /runs/987654321/reverifications, AUDITOR, 404",
            "GET, /runs/987654321/reverifications, ADMIN, 404",
            "GET, /runs/987654321/opinions, ANONYMOUS, 401",
            "GET, /runs/987654321/opinions, POLA, 403",
            "GET, /runs/987654321/opinions, POLB, 403",
            "GET, /runs/987654321/opinions, REVIEWER, 403",
            "GET, /runs/987654321/opinions, BOARD, 404",
            "GET, /runs/987654321/opinions, AUDITOR, 404",
            "GET, /runs/987654321/opinions, ADMIN, 404",
            "GET, /public/releases, ANONYMOUS, 200",
            "GET, /public/releases, POLA, 200",
            "GET, /public/releases/2095, ANONYMOUS, 404",
            "GET, /public/releases/2095/board.pdf, ANONYMOUS, 404",
            "GET, /public/releases/2095/summary-es.pdf, ANONYMOUS, 404",
            "GET, /public/releases/2095/summary-zh.pdf, POLB, 404",
            "GET, /public/releases/2095/tables/reductions.csv, ANONYMOUS, 404",
            "GET, /public/releases/2095/tables/reductions.json, BOARD, 404",
            "GET, /runs/987654321/claims, ANONYMOUS, 401",
            "GET, /runs/987654321/claims, POLA, 403",
            "GET, /runs/987654321/claims, POLB, 403",
            "GET, /runs/987654321/claims, REVIEWER, 403",
            "GET, /runs/987654321/claims, BOARD, 404",
            "GET, /runs/987654321/claims, AUDITOR, 404",
            "GET, /runs/987654321/claims, ADMIN, 404",
            "GET, /audit, ANONYMOUS, 401",
            "GET, /audit, BOARD, 403",
            "GET, /audit, POLA, 403",
            "GET, /audit, POLB, 403",
            "GET, /audit, AUDITOR, 200",
            "GET, /audit, ADMIN, 200",
            "GET, /audit?limit=0, AUDITOR, 400",
            "GET, /audit/verification, ANONYMOUS, 401",
            "GET, /audit/verification, BOARD, 403",
            "GET, /audit/verification, POLA, 403",
            "GET, /audit/verification, POLB, 403",
            "GET, /audit/verification, AUDITOR, 200",
            "GET, /audit/verification, ADMIN, 200",
            "GET, /schedule, ANONYMOUS, 401",
            "GET, /schedule, BOARD, 403",
            "GET, /schedule, POLA, 403",
            "GET, /schedule, POLB, 403",
            "GET, /schedule, AUDITOR, 200",
            "GET, /schedule, ADMIN, 200",
            "GET, /progress/987654321/standards.csv, ANONYMOUS, 401",
            "GET, /progress/987654321/standards.csv, AUDITOR, 404",
            "GET, /progress/987654321/standards.csv, POLA, 403",
            "GET, /progress/987654321/qa-flags.csv, ANONYMOUS, 401",
            "GET, /progress/987654321/qa-flags.csv, BOARD, 404",
            "GET, /progress/987654321/qa-flags.csv, POLB, 403",
            "GET, /progress/987654321/zero-emission.csv, ANONYMOUS, 401",
            "GET, /progress/987654321/zero-emission.csv, ADMIN, 404",
            "GET, /progress/987654321/zero-emission.csv, POLA, 403",
            "GET, /progress/987654321/trends, ANONYMOUS, 401",
            "GET, /progress/987654321/trends, AUDITOR, 404",
            "GET, /progress/987654321/trends, POLB, 403",
            "GET, /progress/987654321/trends.csv, ANONYMOUS, 401",
            "GET, /progress/987654321/trends.csv, BOARD, 404",
            "GET, /progress/987654321/trends.csv, POLA, 403",
            "GET, /progress/987654321/inputs, ANONYMOUS, 401",
            "GET, /progress/987654321/inputs, ADMIN, 404",
            "GET, /progress/987654321/inputs, POLB, 403",
            "GET, /reports, ANONYMOUS, 401",
            "GET, /reports, BOARD, 200",
            "GET, /reports, AUDITOR, 200",
            "GET, /reports, ADMIN, 200",
            "GET, /reports, POLA, 403",
            "GET, /reports, POLB, 403",
            "GET, /me, ANONYMOUS, 401",
            "GET, /me, BOARD, 200",
            "GET, /me, AUDITOR, 200",
            "GET, /me, ADMIN, 200",
            "GET, /me, POLA, 200",
            "GET, /me, POLB, 200",
            "GET, /tolerances/2061, ANONYMOUS, 401",
            "GET, /tolerances/2061, BOARD, 200",
            "GET, /tolerances/2061, AUDITOR, 200",
            "GET, /tolerances/2061, ADMIN, 200",
            "GET, /tolerances/2061, POLA, 403",
            "GET, /tolerances/2061, POLB, 403",
            // A body the resource refuses (PV-4021), so that the admin's cell changes nothing.
            "PUT, /tolerances/2061, ANONYMOUS, 401",
            "PUT, /tolerances/2061, BOARD, 403",
            "PUT, /tolerances/2061, AUDITOR, 403",
            "PUT, /tolerances/2061, POLA, 403",
            "PUT, /tolerances/2061, POLB, 403",
            "PUT, /tolerances/2061, ADMIN, 400",
            "GET, /deadlines/2061, ANONYMOUS, 401",
            "GET, /deadlines/2061, BOARD, 200",
            "GET, /deadlines/2061, AUDITOR, 200",
            "GET, /deadlines/2061, ADMIN, 200",
            "GET, /deadlines/2061, POLA, 200",
            "GET, /deadlines/2061, POLB, 200",
            // A body the resource refuses (PV-4023), so that the admin's cell changes nothing.
            "PUT, /deadlines/2061, ANONYMOUS, 401",
            "PUT, /deadlines/2061, BOARD, 403",
            "PUT, /deadlines/2061, AUDITOR, 403",
            "PUT, /deadlines/2061, POLA, 403",
            "PUT, /deadlines/2061, POLB, 403",
            "PUT, /deadlines/2061, ADMIN, 400",
            "GET, /me, POLA_OFFICIAL, 200",
            "GET, /deadlines/2061, POLA_OFFICIAL, 200",
            "PUT, /deadlines/2061, POLB_OFFICIAL, 403",
            "GET, /certification-statement, ANONYMOUS, 401",
            "GET, /certification-statement, BOARD, 200",
            "GET, /certification-statement, AUDITOR, 200",
            "GET, /certification-statement, ADMIN, 200",
            "GET, /certification-statement, POLA, 200",
            "GET, /certification-statement, POLB_OFFICIAL, 200",
            // A body without the text (PV-4001), so that the admin's cell publishes nothing.
            "PUT, /certification-statement, ANONYMOUS, 401",
            "PUT, /certification-statement, BOARD, 403",
            "PUT, /certification-statement, AUDITOR, 403",
            "PUT, /certification-statement, POLA, 403",
            "PUT, /certification-statement, POLA_OFFICIAL, 403",
            "PUT, /certification-statement, ADMIN, 400",
            // Certifying is the port's own certifying official's: a version nobody has (404), so nothing is signed.
            "POST, /submissions/POLA/2073/987654/certification, ANONYMOUS, 401",
            "POST, /submissions/POLA/2073/987654/certification, BOARD, 403",
            "POST, /submissions/POLA/2073/987654/certification, AUDITOR, 403",
            "POST, /submissions/POLA/2073/987654/certification, ADMIN, 403",
            "POST, /submissions/POLA/2073/987654/certification, POLA, 403",
            "POST, /submissions/POLA/2073/987654/certification, POLB_OFFICIAL, 403",
            "POST, /submissions/POLA/2073/987654/certification, POLA_OFFICIAL, 404",
            "GET, /submissions/POLA/2073/987654/certification, ANONYMOUS, 401",
            "GET, /submissions/POLA/2073/987654/certification, BOARD, 404",
            "GET, /submissions/POLA/2073/987654/certification, AUDITOR, 404",
            "GET, /submissions/POLA/2073/987654/certification, ADMIN, 404",
            "GET, /submissions/POLA/2073/987654/certification, POLA, 404",
            "GET, /submissions/POLA/2073/987654/certification, POLA_OFFICIAL, 404",
            "GET, /submissions/POLA/2073/987654/certification, POLB_OFFICIAL, 403",
            "GET, /submissions/POLA/2073, POLA_OFFICIAL, 200",
            "GET, /submissions/POLA/2073, POLB_OFFICIAL, 403",
            // The review: a version nobody has (404), so nothing changes.
            "POST, /submissions/POLA/2073/987654/review, ANONYMOUS, 401",
            "POST, /submissions/POLA/2073/987654/review, BOARD, 403",
            "POST, /submissions/POLA/2073/987654/review, AUDITOR, 403",
            "POST, /submissions/POLA/2073/987654/review, ADMIN, 403",
            "POST, /submissions/POLA/2073/987654/review, POLA, 403",
            "POST, /submissions/POLA/2073/987654/review, POLA_OFFICIAL, 403",
            "POST, /submissions/POLA/2073/987654/review, REVIEWER, 404",
            "POST, /submissions/POLA/2073/987654/review/acceptance, ANONYMOUS, 401",
            "POST, /submissions/POLA/2073/987654/review/return, ANONYMOUS, 401",
            "POST, /submissions/POLA/2073/987654/review/acceptance, BOARD, 403",
            "POST, /submissions/POLA/2073/987654/review/return, BOARD, 403",
            "POST, /submissions/POLA/2073/987654/review/acceptance, ADMIN, 403",
            "POST, /submissions/POLA/2073/987654/review/return, ADMIN, 403",
            "POST, /submissions/POLA/2073/987654/review/acceptance, POLA, 403",
            "POST, /submissions/POLA/2073/987654/review/return, POLA, 403",
            "POST, /submissions/POLA/2073/987654/review/acceptance, REVIEWER, 404",
            "POST, /submissions/POLA/2073/987654/review/return, REVIEWER, 404",
            "POST, /submissions/POLA/2073/987654/review/comments, ANONYMOUS, 401",
            "POST, /submissions/POLA/2073/987654/review/comments, BOARD, 403",
            "POST, /submissions/POLA/2073/987654/review/comments, AUDITOR, 403",
            "POST, /submissions/POLA/2073/987654/review/comments, POLB, 403",
            "POST, /submissions/POLA/2073/987654/review/comments, POLA, 404",
            "POST, /submissions/POLA/2073/987654/review/comments, POLA_OFFICIAL, 404",
            "POST, /submissions/POLA/2073/987654/review/comments, REVIEWER, 404",
            "GET, /submissions/POLA/2073/987654/review/comments, ANONYMOUS, 401",
            "GET, /submissions/POLA/2073/987654/review/comments, BOARD, 404",
            "GET, /submissions/POLA/2073/987654/review/comments, AUDITOR, 404",
            "GET, /submissions/POLA/2073/987654/review/comments, POLA, 404",
            "GET, /submissions/POLA/2073/987654/review/comments, POLB, 403",
            "GET, /submissions/POLA/2073/987654/review/comments, REVIEWER, 404",
            "GET, /reviews/2073, ANONYMOUS, 401",
            "GET, /reviews/2073, BOARD, 200",
            "GET, /reviews/2073, AUDITOR, 200",
            "GET, /reviews/2073, ADMIN, 200",
            "GET, /reviews/2073, POLA, 200",
            "GET, /reviews/2073, POLB_OFFICIAL, 200",
            "GET, /reviews/2073, REVIEWER, 200",
            "GET, /submissions/POLA/2073, REVIEWER, 200",
            "GET, /submissions/POLA/2073/987654/certification, REVIEWER, 404",
            "GET, /certification-statement, REVIEWER, 200",
            "GET, /deadlines/2061, REVIEWER, 200",
            "GET, /me, REVIEWER, 200",
            "GET, /runs, REVIEWER, 403",
            "POST, /runs?reportingYear=20x5, REVIEWER, 403",
            "PUT, /certification-statement, REVIEWER, 403",
            "POST, /submissions/POLA/2073/987654/certification, REVIEWER, 403",
            "GET, /submissions/POLA/2073/987654/certification/receipt.pdf, ANONYMOUS, 401",
            "GET, /submissions/POLA/2073/987654/certification/receipt.pdf, BOARD, 404",
            "GET, /submissions/POLA/2073/987654/certification/receipt.pdf, AUDITOR, 404",
            "GET, /submissions/POLA/2073/987654/certification/receipt.pdf, ADMIN, 404",
            "GET, /submissions/POLA/2073/987654/certification/receipt.pdf, REVIEWER, 404",
            "GET, /submissions/POLA/2073/987654/certification/receipt.pdf, POLA, 404",
            "GET, /submissions/POLA/2073/987654/certification/receipt.pdf, POLA_OFFICIAL, 404",
            "GET, /submissions/POLA/2073/987654/certification/receipt.pdf, POLB, 403",
            "POST, /submissions/POLA/2073/987654/certification/disputes, ANONYMOUS, 401",
            "POST, /submissions/POLA/2073/987654/certification/disputes, BOARD, 403",
            "POST, /submissions/POLA/2073/987654/certification/disputes, AUDITOR, 403",
            "POST, /submissions/POLA/2073/987654/certification/disputes, ADMIN, 403",
            "POST, /submissions/POLA/2073/987654/certification/disputes, REVIEWER, 403",
            "POST, /submissions/POLA/2073/987654/certification/disputes, POLB, 403",
            "POST, /submissions/POLA/2073/987654/certification/disputes, POLA, 404",
            "POST, /submissions/POLA/2073/987654/certification/disputes, POLA_OFFICIAL, 404",
            "GET, /health, ANONYMOUS, 200",
            "GET, /health, POLB, 200",
    })
    void rolesGuardEveryEndpoint(String method, String path, Http.User user, int status) throws Exception {
        HttpResponse<String> response = switch (method) {
            case "POST" -> path.endsWith("/certification") || path.endsWith("/return") || path.endsWith("/comments")
                    || path.endsWith("/disputes")
                    ? Http.postJson(user, Http.api(base) + path, "{\"statementVersion\":1,\"password\":\"x\","
                            + "\"comment\":\"x\",\"replyDue\":\"2099-12-31\",\"reason\":\"x\"}")
                    : Http.post(user, Http.api(base) + path);
            case "PUT" -> Http.putJson(user, Http.api(base) + path, "{\"skipLimit\":-1}");
            default -> Http.get(user, Http.api(base) + path);
        };
        assertEquals(status, response.statusCode(), response.body());
    }

    @Test
    void theScheduleShowsItsCalendarZoneAndNextTimeout() throws Exception {
        HttpResponse<String> response = Http.get(Http.User.ADMIN, Http.api(base) + "/schedule");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"calendar\":\"0 0 6 15 1 *\""), response.body());
        assertTrue(response.body().contains("\"timeZone\":\"America/Los_Angeles\""), response.body());
        assertTrue(response.body().matches("(?s).*\"nextTimeout\":\"20\\d\\d-01-15T14:00:00Z\".*"),
                "January 15, 06:00 in Los Angeles is 14:00 UTC: " + response.body());
    }

    @Test
    void restartOfANonNumericIdIs400() throws Exception {
        assertError(Http.post(Http.User.ADMIN, Http.api(base) + "/runs/abc/restart"), 400, "PV-4001", "executionId");
    }

    @Test
    void meNamesTheUserItsRolesAndItsPort() throws Exception {
        JsonObject pola = me(Http.User.POLA);
        assertEquals("pola", pola.getString("user"));
        assertEquals(List.of("pola-submitter"), pola.getJsonArray("roles").getValuesAs(JsonString::getString));
        assertEquals("POLA", pola.getString("port"));
        JsonObject official = me(Http.User.POLB_OFFICIAL);
        assertEquals("polb-official", official.getString("user"));
        assertEquals(List.of("polb-certifier"), official.getJsonArray("roles").getValuesAs(JsonString::getString));
        assertEquals("POLB", official.getString("port"), "a certifying official speaks for its port too");
        HttpResponse<String> auditor = Http.get(Http.User.AUDITOR, Http.api(base) + "/me");
        assertTrue(auditor.body().startsWith("{\"user\":\"auditor\",\"roles\":[\"auditor\"]"), auditor.body());
        assertTrue(!auditor.body().contains("\"port\":\"POL"), auditor.body());
    }

    private JsonObject me(Http.User user) throws Exception {
        HttpResponse<String> response = Http.get(user, Http.api(base) + "/me");
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        assertEquals(401, Http.get(Http.User.BOARD_WRONG_PASSWORD, Http.api(base) + "/runs").statusCode());
        assertEquals(200, Http.get(Http.User.BOARD, Http.api(base) + "/runs").statusCode());
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String mention) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "JSON error body");
        assertTrue(response.body().contains("\"code\":\"" + code + "\""), response.body());
        assertTrue(response.body().contains(mention), response.body());
    }
}
