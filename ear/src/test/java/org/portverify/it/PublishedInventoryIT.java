package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.batch.runtime.BatchStatus;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portverify.application.AnnualVerifications;
import org.portverify.application.BoardReports;
import org.portverify.domain.run.RunSettings;
import org.portverify.reports.BoardReportModel;
import org.portverify.reports.CategoryRow;
import org.portverify.reports.ReductionRow;

/**
 * Real inventories as ports publish them (issue 15), reporting year 2020 (this class's own, and no test uses 2021,
 * whose previous edition it is): POLA files its totals
 * only, one ALL row per data year and pollutant (the demo's categories added up), and POLB files a partial inventory,
 * its demo package without LOCOMOTIVE and HDV. The run takes POLA's totals as the port's figures and the report says
 * "All source categories"; every figure built on POLB's total says it is partial, and what it lacks.
 */
@ExtendWith(ArquillianExtension.class)
class PublishedInventoryIT {

    private static final int YEAR = 2020;
    private static final String EJB = "portverify-ejb";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(PublishedInventoryIT.class, Packages.class);
    }

    @Test
    void totalsOnlyAndPartialInventoriesAreVerifiedWithTheirCaveats() throws Exception {
        Map<String, String> pola = upTo2020(Packages.demo("POLA"), "POLA");
        Map<String, String> totalsOnly = Packages.with(pola, "emissions.csv", PublishedInventoryIT::totals);
        Map<String, String> partial = Packages.with(upTo2020(Packages.demo("POLB"), "POLB"), "emissions.csv",
                text -> text.lines().filter(l -> !l.contains(",LOCOMOTIVE,") && !l.contains(",HDV,"))
                        .collect(Collectors.joining("\n", "", "\n")));
        Path root = Files.createTempDirectory("portverify-published");
        write(root, "POLA", totalsOnly);
        write(root, "POLB", partial);

        long executionId = Runs.lookup(EJB, AnnualVerifications.class).start("admin", RunSettings.Request
                .forYear(YEAR).withAsOfDate("2021-06-30").withSubmissionsDir(root.toString()));
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(executionId).getBatchStatus());

        BoardReportModel model = Runs.lookup(EJB, BoardReports.class).reportedModel(executionId);
        // POLA's NOx change vs 2005 from its published totals, recomputed here from the demo's categories: the same
        // tons, so the same percentage as the demo run's
        BigDecimal nox2005 = sum(pola.get("emissions.csv"), "2005", "NOx");
        BigDecimal nox2020 = sum(pola.get("emissions.csv"), "2020", "NOx");
        String expected = nox2020.subtract(nox2005).divide(nox2005, MathContext.DECIMAL64).movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
        ReductionRow polaNox = row(model, "Port of Los Angeles", "NOx");
        assertEquals(expected, polaNox.change(), polaNox.toString());

        List<CategoryRow> polaRows = model.sourceCategories().categories().stream()
                .filter(r -> r.entity().equals("Port of Los Angeles")).toList();
        assertFalse(polaRows.isEmpty());
        assertTrue(polaRows.stream().allMatch(r -> r.category().equals("All source categories")),
                "POLA filed totals only: no category rows, and its totals are complete: " + polaRows);

        // POLB's totals lack two categories: the headline, the category table and San Pedro Bay say so
        assertEquals("Port of Long Beach (partial)", row(model, "Port of Long Beach (partial)", "NOx").entity());
        row(model, "San Pedro Bay (both ports) (partial)", "NOx");
        assertTrue(model.sourceCategories().categories().stream().anyMatch(r -> r.entity().equals(
                "Port of Long Beach") && r.category().equals("All source categories (partial)")));
        String caveat = "PV-1260 Port of Long Beach DPM, PM10, PM2.5, NOx, SOx, CO, HC, CO2e (partial): partial"
                + " inventory: " + YEAR
                + " lacks LOCOMOTIVE, HDV, 2005 lacks LOCOMOTIVE, HDV.";
        assertTrue(model.dataQuality().restatements().contains(caveat), model.dataQuality().restatements()
                .toString());

        byte[] pdf = Runs.lookup(EJB, BoardReports.class).forExecution(executionId).getPdf();
        // kept for a person to look at (docs/report.md, what was looked at)
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "portverify-published-inventory-" + YEAR + ".pdf"),
                pdf);
        String text = PdfText.of(pdf);
        assertTrue(text.contains("All source categories"), text);
        assertTrue(text.contains("Port of Long Beach (partial)"), text);
        assertTrue(text.replaceAll("\\s+", " ").contains(caveat), text);
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
