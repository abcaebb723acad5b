package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.net.http.HttpResponse;

import jakarta.json.Json;

/** Takes an uploaded version through certification and review, as the port's official and the reviewer would. */
final class Reviews {

    private Reviews() {
    }

    /** Certifies version {@code version} as its port's official, then takes it up and accepts it as the reviewer. */
    static void accept(String api, String port, int reportingYear, int version) throws Exception {
        Http.User official = port.equals("POLA") ? Http.User.POLA_OFFICIAL : Http.User.POLB_OFFICIAL;
        int statement = Json.createReader(new StringReader(Http.get(official, api + "/certification-statement")
                .body())).readObject().getInt("version");
        String versionUrl = api + "/submissions/" + port + "/" + reportingYear + "/" + version;
        expect(201, Http.postJson(official, versionUrl + "/certification", Json.createObjectBuilder()
                .add("statementVersion", statement).add("password", official.password()).build().toString()));
        expect(200, Http.post(Http.User.REVIEWER, versionUrl + "/review"));
        expect(200, Http.post(Http.User.REVIEWER, versionUrl + "/review/acceptance"));
    }

    private static void expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
    }
}
