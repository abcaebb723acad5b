package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Chromium, for {@link DashboardIT}'s client side (kept apart so that the in-server side never loads
 * Selenium): signed in as board staff, the chart of the year's trends holds, series by series, the numbers of the
 * report's trends table as the API serves it.
 */
final class DashboardPage {

    private DashboardPage() {
    }

    static void chartsAreTheTables(URL base, int year) throws Exception {
        Browser.assumeInstalled();
        try (Browser browser = Browser.open(base, "board", "board-demo")) {
            String root = Http.secure(base);
            String signedIn = root.replaceFirst("^(https?://)", "$1board:board-demo@");
            browser.driver().get((signedIn.endsWith("/") ? signedIn : signedIn + "/") + "dashboard.html?year=" + year);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            new WebDriverWait(browser.driver(), Duration.ofMinutes(2)).until(d -> js.executeScript(
                    "return document.body.dataset.loaded || null") != null);
            String executionId = String.valueOf(js.executeScript("return document.body.dataset.executionId"));

            // the chart's own data, as ECharts holds it
            JsonArray series = Json.createReader(new StringReader(String.valueOf(js.executeScript(
                    "var o = echarts.getInstanceByDom(document.getElementById('trend-chart')).getOption();"
                            + "return JSON.stringify({years: o.xAxis[0].data, series: o.series.map(function (s) {"
                            + "return {name: s.name, data: s.data}; })});")))).readObject().getJsonArray("series");

            // the API's table, parsed here: the San Pedro Bay rows, one series per pollutant column
            JsonObject table = Json.createReader(new StringReader(Http.get(Http.User.BOARD, Http.api(base)
                    + "/reports/runs/" + executionId + "/tables/trends.json").body())).readObject();
            List<String> columns = table.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
            List<JsonObject> bay = table.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getString(columns.get(0)).startsWith("San Pedro Bay")).toList();
            assertFalse(bay.isEmpty());
            assertEquals(columns.size() - 2, series.size(), series.toString());
            for (int i = 2; i < columns.size(); i++) {
                String pollutant = columns.get(i);
                JsonObject drawn = series.getValuesAs(JsonObject.class).stream()
                        .filter(s -> s.getString("name").equals(pollutant)).findFirst().orElseThrow();
                List<Double> expected = new ArrayList<>();
                bay.forEach(r -> expected.add(number(r.getString(pollutant))));
                List<Double> shown = new ArrayList<>();
                drawn.getJsonArray("data").forEach(v -> shown.add(v.getValueType() == JsonValue.ValueType.NULL
                        ? null : ((jakarta.json.JsonNumber) v).doubleValue()));
                assertEquals(expected, shown, pollutant);
            }
            assertTrue(browser.driver().findElement(By.id("trend-csv")).getAttribute("href")
                    .endsWith("/reports/runs/" + executionId + "/tables/trends.csv"));
            assertFalse(browser.driver().findElements(By.cssSelector("#key-figures .key-figure")).isEmpty());
            // each port's latest version, as GET /submissions/{port}/{year} gives it
            for (String port : List.of("POLA", "POLB")) {
                JsonObject latest = Json.createReader(new StringReader(Http.get(Http.User.BOARD, Http.api(base)
                        + "/submissions/" + port + "/" + year).body())).readArray().getJsonObject(0);
                List<String> cells = browser.driver().findElements(By.cssSelector(
                        "#submissions tr[data-port='" + port + "'] td")).stream().map(e -> e.getText()).toList();
                assertEquals(String.valueOf(latest.getInt("version")), cells.get(1));
                assertEquals(latest.getString("status").toLowerCase().replace('_', ' '), cells.get(2));
                assertEquals(latest.getString("reviewState").toLowerCase().replace('_', ' '), cells.get(3));
            }
            browser.screenshot("dashboard-desktop");
            browser.screenshot("dashboard-phone", 390);
        }
    }

    /** "-90%" as the chart reads it: -90.0; "n/a": null. */
    private static Double number(String text) {
        String cleaned = text.replaceAll("[,%\\s]", "");
        return cleaned.matches("-?\\d+(\\.\\d+)?") ? Double.valueOf(cleaned) : null;
    }
}
