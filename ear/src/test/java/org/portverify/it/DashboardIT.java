package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.batch.runtime.BatchStatus;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portverify.application.AnnualVerifications;
import org.portverify.domain.run.RunSettings;

/**
 * The staff dashboard (issue 16) in Chromium, reporting year 2096 (the demo packages with their data years from 2017
 * on moved to 2088-2096; no test uses 2095 or 2097 for these ports): each chart's data, read from the page's ECharts
 * instance, is the report table the API serves; a port's submitter may not open the dashboard.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

    static final int YEAR = 2096;
    private static final String EJB = "portverify-ejb";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(DashboardIT.class, Packages.class);
    }

    @Test
    @Order(1)
    void aRunOfTheYear() throws Exception {
        Path root = Files.createTempDirectory("portverify-dashboard");
        for (String port : List.of("POLA", "POLB")) {
            Path folder = Files.createDirectories(root.resolve(YEAR + "/" + port));
            for (Map.Entry<String, String> file : Packages.movedTo(Packages.demo(port), port, YEAR).entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue());
            }
        }
        long executionId = Runs.lookup(EJB, AnnualVerifications.class).start("admin", RunSettings.Request
                .forYear(YEAR).withSubmissionsDir(root.toString()));
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(executionId).getBatchStatus());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theChartsShowTheReportsTables(@ArquillianResource URL base) throws Exception {
        DashboardPage.chartsAreTheTables(base, YEAR);
    }

    @Test
    @Order(3)
    @RunAsClient
    void onlyStaffOpenTheDashboard(@ArquillianResource URL base) throws Exception {
        String page = Http.secure(base) + (Http.secure(base).endsWith("/") ? "" : "/") + "dashboard.html";
        assertEquals(200, Http.get(Http.User.BOARD, page).statusCode());
        assertEquals(403, Http.get(Http.User.POLA, page).statusCode());
        assertEquals(401, Http.get(Http.User.ANONYMOUS, page).statusCode());
    }
}
