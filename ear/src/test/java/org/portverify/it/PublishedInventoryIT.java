package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.batch.runtime.BatchStatus;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

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
import org.portverify.application.BoardReports;
import org.portverify.domain.run.RunSettings;
import org.portverify.reports.BoardReportModel;
import org.portverify.reports.CategoryRow;
import org.portverify.reports.ReductionRow;

/**
 * Real inventories as ports publish them (issue 15), reporting year 2020 (this class's own, and no test uses 2021,
 * whose previous edition it is): POLB files its totals
 * only, one ALL row per data year and pollutant (the demo's categories added up), and POLA files a partial inventory,
 * its demo package without LOCOMOTIVE and HDV. The run takes POLB's totals as the port's figures and the report says
 * "All source categories"; every figure built on POLA's total says it is partial, and what it lacks. POLB is
 * verified, POLA verified with findings: on the cover, in the summary, in its section and from the API.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishedInventoryIT {

    private static final int YEAR = 2020;
    private static final String EJB = "portverify-ejb";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(PublishedInventoryIT.class, Packages.class);
    }

    @Test
    @Order(1)
    void totalsOnlyAndPartialInventoriesAreVerifiedWithTheirCaveats() throws Exception {
        Map<String, String> polb = upTo2020(Packages.demo("POLB"), "POLB");
        Map<String, String> totalsOnly = Packages.with(polb, "emissions.csv", PublishedInventoryIT::totals);
        Map<String, String> partial = Packages.with(upTo2020(Packages.demo("POLA"), "POLA"), "emissions.csv",
                text -> text.lines().filter(l -> !l.contains(",LOCOMOTIVE,") && !l.contains(",HDV,"))
                        .collect(Collectors.joining("\n", "", "\n")));
        Path root = Files.createTempDirectory("portverify-published");
        write(root, "POLB", totalsOnly);
        write(root, "POLA", partial);

        long executionId = Runs.lookup(EJB, AnnualVerifications.class).start("admin", RunSettings.Request
                .forYear(YEAR).withAsOfDate("2021-06-30").withSubmissionsDir(root.toString()));
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(executionId).getBatchStatus());

        BoardReportModel model = Runs.lookup(EJB, BoardReports.class).reportedModel(executionId);
        // POLB's NOx change vs 2005 from its published totals, recomputed here from the demo's categories: the same
        // tons, so the same percentage as the demo run's
        BigDecimal nox2005 = sum(polb.get("emissions.csv"), "2005", "NOx");
        BigDecimal nox2020 = sum(polb.get("emissions.csv"), "2020", "NOx");
        String expected = nox2020.subtract(nox2005).divide(nox2005, MathContext.DECIMAL64).movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
        ReductionRow polbNox = row(model, "Port of Long Beach", "NOx");
        assertEquals(expected, polbNox.change(), polbNox.toString());

        List<CategoryRow> polbRows = model.sourceCategories().categories().stream()
                .filter(r -> r.entity().equals("Port of Long Beach")).toList();
        assertFalse(polbRows.isEmpty());
        assertTrue(polbRows.stream().allMatch(r -> r.category().equals("All source categories")),
                "POLB filed totals only: no category rows, and its totals are complete: " + polbRows);

        // POLA's totals lack two categories: the headline, the category table and San Pedro Bay say so
        assertEquals("Port of Los Angeles (partial)", row(model, "Port of Los Angeles (partial)", "NOx").entity());
        row(model, "San Pedro Bay (both ports) (partial)", "NOx");
        assertTrue(model.sourceCategories().categories().stream().anyMatch(r -> r.entity().equals(
                "Port of Los Angeles") && r.category().equals("All source categories (partial)")));
        String caveat = "PV-1260 Port of Los Angeles DPM, PM10, PM2.5, NOx, SOx, CO, HC, CO2e (partial): partial"
                + " inventory: " + YEAR + " lacks LOCOMOTIVE, HDV, 2005 lacks LOCOMOTIVE, HDV.";
        assertTrue(model.dataQuality().restatements().contains(caveat), model.dataQuality().restatements()
                .toString());
        // ... and so do the change by data year, the summary and its key figures
        assertTrue(model.headline().trends().stream().filter(t -> t.entity().startsWith("Port of Los Angeles"))
                .allMatch(t -> t.entity().equals("Port of Los Angeles (partial)")), model.headline().trends()
                .toString());
        assertTrue(model.headline().trends().stream().anyMatch(t -> t.entity().equals("Port of Long Beach")));
        assertTrue(model.executiveSummary().summary().stream().anyMatch(p -> p.endsWith("These totals rest on a"
                + " partial inventory (PV-1260): the data quality section says what it lacks.")),
                model.executiveSummary().summary().toString());
        assertTrue(model.executiveSummary().keyFigures().get(0).note().endsWith("; partial"),
                model.executiveSummary().keyFigures().toString());

        // The opinion: POLB's complete, consistent totals are verified; POLA's partial inventory is verified with
        // findings (and with warnings too, should POLA's 2019 edition of another test be its previous edition)
        assertEquals("Verified", model.verification().opinions().stream()
                .filter(r -> r.entity().equals("Port of Long Beach")).findFirst().orElseThrow().opinion());
        assertTrue(model.verification().opinions().stream().anyMatch(r -> r.entity().equals("Port of Los Angeles")
                && r.opinion().equals("Verified with findings") && r.reason().startsWith("Partial inventory, PV-1260:")),
                model.verification().opinions().toString());
        assertEquals("POLA=VERIFIED_WITH_FINDINGS POLB=VERIFIED", Runs.stepExitStatus(executionId, "form-opinions"));

        byte[] pdf = Runs.lookup(EJB, BoardReports.class).forExecution(executionId).getPdf();
        // kept for a person to look at (docs/report.md, what was looked at)
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "portverify-published-inventory-" + YEAR + ".pdf"),
                pdf);
        String text = PdfText.of(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("All source categories"), text);
        assertTrue(text.contains("Port of Los Angeles (partial)"), text);
        assertTrue(text.contains(caveat), text);
        assertTrue(text.contains("Verification opinion: Port of Los Angeles: Verified with findings; Port of Long"
                + " Beach: Verified."), text);
        // one note per pollutant, one reason for them all
        assertTrue(text.contains("Partial inventory, PV-1260: 8 findings, the first: emissions.csv line 2: DPM in"
                + " 2005, 2017, 2018, 2019 and 2020 covers OGV, HARBOR_CRAFT, CHE only"), text);
    }

    /** The API serves the run's opinions, parsed here as JSON: the PDF's. */
    @Test
    @Order(2)
    @RunAsClient
    void theOpinionsAreServedWithTheirReasons(@ArquillianResource URL base) throws Exception {
        HttpResponse<byte[]> pdf = Http.getBytes(Http.User.BOARD, Http.api(base) + "/reports/" + YEAR + "/board.pdf");
        assertEquals(200, pdf.statusCode());
        String executionId = pdf.headers().firstValue("X-PortVerify-Execution-Id").orElseThrow();
        HttpResponse<String> answer = Http.get(Http.User.AUDITOR, Http.api(base) + "/runs/" + executionId
                + "/opinions");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonArray opinions = Json.createReader(new StringReader(answer.body())).readArray();
        assertEquals(2, opinions.size());
        JsonObject pola = opinions.getJsonObject(0);
        assertEquals("POLA", pola.getString("port"));
        assertEquals("VERIFIED_WITH_FINDINGS", pola.getString("opinion"));
        assertTrue(pola.getJsonArray("reasons").getValuesAs(JsonObject.class).stream().anyMatch(r ->
                r.getString("kind").equals("PARTIAL_INVENTORY") && r.getString("code").equals("PV-1260")),
                pola.toString());
        JsonObject polb = opinions.getJsonObject(1);
        assertEquals("POLB", polb.getString("port"));
        assertEquals("VERIFIED", polb.getString("opinion"));
        assertEquals(0, polb.getJsonArray("reasons").size());
    }

    /**
     * The demo package filed for 2020: its data years up to 2020 (the later ones would be refused, PV-1103), and no
     * milestone (the agreement came later).
     */
    private static Map<String, String> upTo2020(Map<String, String> demo, String port) {
        Map<String, String> files = Packages.forYear(demo, port, YEAR);
        for (String part : List.of("emissions.csv", "throughput.csv", "fleet.csv")) {
            files = Packages.with(files, part, text -> text.lines()
                    .filter(l -> !Character.isDigit(l.charAt(0)) || Integer.parseInt(l.substring(0, 4)) <= YEAR)
                    .collect(Collectors.joining("\n", "", "\n")));
        }
        return Packages.with(files, "milestones.csv", text -> text.lines().findFirst().orElseThrow() + "\n");
    }

    /** One ALL row per data year and pollutant: the sum of the demo's categories, in the pollutant's unit. */
    private static String totals(String emissions) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        Map<String, String> units = new TreeMap<>();
        emissions.lines().skip(1).map(l -> l.split(",", -1)).forEach(f -> {
            sums.merge(f[0] + "," + f[3], new BigDecimal(f[4]), BigDecimal::add);
            units.put(f[0] + "," + f[3], f[5]);
        });
        StringBuilder text = new StringBuilder(emissions.lines().findFirst().orElseThrow()).append('\n');
        sums.forEach((key, tons) -> {
            String[] k = key.split(",");
            text.append(k[0]).append(",ALL,,").append(k[1]).append(',').append(tons.toPlainString()).append(',')
                    .append(units.get(key)).append('\n');
        });
        return text.toString();
    }

    private static BigDecimal sum(String emissions, String year, String pollutant) {
        return emissions.lines().skip(1).map(l -> l.split(",", -1))
                .filter(f -> f[0].equals(year) && f[3].equals(pollutant)).map(f -> new BigDecimal(f[4]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static ReductionRow row(BoardReportModel model, String entity, String pollutant) {
        return model.headline().reductions().stream()
                .filter(r -> r.entity().equals(entity) && r.pollutant().equals(pollutant)).findFirst()
                .orElseThrow(() -> new AssertionError(entity + " " + pollutant + " in " + model.headline()
                        .reductions()));
    }

    private static void write(Path root, String port, Map<String, String> files) throws Exception {
        Path folder = Files.createDirectories(root.resolve(YEAR + "/" + port));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
    }
}
