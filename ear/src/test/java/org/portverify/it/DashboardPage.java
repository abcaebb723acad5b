package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Chromium, for {@link DashboardIT}'s client side (kept apart so that the in-server side never loads
 * Selenium): signed in as board staff, the chart of the year's trends holds, series by series, the numbers of the
 * report's trends table as the API serves it; the tons chart, for each pollutant and measure chosen with its
 * controls, holds the tons table's figures, the 2005 baseline, the tons the standards allow and the projection band.
 */
final class DashboardPage {

    private DashboardPage() {
    }

    /**
     * The zero-emission chart: a bar per row of the table with its share, and a goal mark at the share the row's goal
     * states ("100% by 2030" -> 100, labelled "by 2030"), none where it says "none".
     */
    private static void zeroEmissionSharesAgainstTheirGoals(Browser browser, URL base, String executionId)
            throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        JsonArray series = Json.createReader(new StringReader(String.valueOf(js.executeScript(
                "var o = echarts.getInstanceByDom(document.getElementById('ze-chart')).getOption();"
                        + "return JSON.stringify(o.series.map(function (s) { return {name: s.name, data: s.data};"
                        + " }));")))).readArray();
        JsonObject table = Json.createReader(new StringReader(Http.get(Http.User.BOARD, Http.api(base)
                + "/reports/runs/" + executionId + "/tables/zero-emission.json").body())).readObject();
        List<String> columns = table.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        List<JsonObject> rows = table.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertFalse(rows.isEmpty());
        List<Double> shares = new ArrayList<>();
        List<Double> goals = new ArrayList<>();
        for (JsonObject row : rows) {
            shares.add(number(row.getString(columns.get(4))));
            String goal = row.getString(columns.get(5));
            goals.add(goal.equals("none") ? null : Double.valueOf(goal.substring(0, goal.indexOf('%'))));
        }
        assertTrue(goals.contains(100.0), "the demo's fleets have the CAAP's 100% goals: " + goals);
        assertEquals(List.of("Zero-emission share", "Goal"), series.getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("name")).toList());
        assertEquals(shares, values(series.getJsonObject(0).getJsonArray("data")), "the bars are the shares");
        assertEquals(goals, values(series.getJsonObject(1).getJsonArray("data")), "the marks are the goals");
    }

    /**
     * A table of the page, cell by cell, is the rows of the API's table that {@code kept} keeps (tested on the column
     * {@code column}): every column, in order, as printed; without that column when {@code dropped}.
     */
    private static void tableIsTheApis(Browser browser, URL base, String executionId, String id, String name,
                                       java.util.function.Predicate<String> kept, int column, boolean dropped)
            throws Exception {
        JsonObject table = Json.createReader(new StringReader(Http.get(Http.User.BOARD, Http.api(base)
                + "/reports/runs/" + executionId + "/tables/" + name + ".json").body())).readObject();
        List<String> all = table.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        List<String> columns = all.stream().filter(c -> !dropped || !c.equals(all.get(column))).toList();
        List<List<String>> expected = table.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> kept.test(r.getString(all.get(column))))
                .map(r -> columns.stream().map(c -> r.getString(c)).toList()).toList();
        assertFalse(expected.isEmpty(), name);
        org.openqa.selenium.WebElement shown = browser.driver().findElement(By.id(id));
        assertEquals(columns, shown.findElements(By.cssSelector("thead th")).stream()
                .map(e -> e.getAttribute("textContent")).toList(), name + " columns");
        List<List<String>> rows = shown.findElements(By.cssSelector("tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(td -> td.getAttribute("textContent"))
                        .toList()).toList();
        assertEquals(expected, rows, name + " rows");
    }

    private static List<Double> values(JsonArray data) {
        List<Double> values = new ArrayList<>();
        data.forEach(v -> values.add(v.getValueType() == JsonValue.ValueType.NULL ? null
                : ((jakarta.json.JsonNumber) v).doubleValue()));
        return values;
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
            zeroEmissionSharesAgainstTheirGoals(browser, base, executionId);
            // every entity's all-categories rows, without the category column (it would repeat on every row)
            tableIsTheApis(browser, base, executionId, "entity-table", "categories",
                    r -> r.startsWith("All source categories"), 1, true);
            tableIsTheApis(browser, base, executionId, "milestones-table", "milestones", r -> true, 0, false);
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
            tonsChartIsTheTables(browser, base, executionId);
            // the page as a person opens it: the chart controls scrolled it
            js.executeScript("window.scrollTo(0, 0)");
            browser.screenshot("dashboard-desktop");
            browser.screenshot("dashboard-phone", 390);
        }
    }

    /**
     * The tons chart against the API's tons, standards and projection-band tables, parsed: NOx in tons (the default,
     * with its standards and band), CO2e per 10,000 TEU (no standard, no band), SOx in tons (two standards of one
     * reduction).
     */
    private static void tonsChartIsTheTables(Browser browser, URL base, String executionId) throws Exception {
        JsonObject tons = tableJson(base, executionId, "tons");
        JsonObject standards = tableJson(base, executionId, "standards");
        JsonObject band = tableJson(base, executionId, "projection-band");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        for (String control : List.of("tons-pollutant", "tons-measure")) {
            // reachable with the keyboard and named by its label
            assertEquals("SELECT", browser.driver().findElement(By.id(control)).getTagName().toUpperCase());
            assertFalse(browser.driver().findElements(By.cssSelector("label[for='" + control + "']")).isEmpty());
        }
        assertEquals("img", browser.driver().findElement(By.id("tons-chart")).getAttribute("role"));
        for (List<String> choice : List.of(List.of("NOx", "tons"), List.of("CO2e", "per10k"), List.of("SOx", "tons"),
                List.of("NOx", "tons"))) {
            String pollutant = choice.get(0);
            boolean perTeu = choice.get(1).equals("per10k");
            new Select(browser.driver().findElement(By.id("tons-pollutant"))).selectByValue(pollutant);
            new Select(browser.driver().findElement(By.id("tons-measure"))).selectByValue(choice.get(1));
            Map<String, JsonArray> drawn = new LinkedHashMap<>();
            Json.createReader(new StringReader(String.valueOf(js.executeScript(
                    "var o = echarts.getInstanceByDom(document.getElementById('tons-chart')).getOption();"
                            + "return JSON.stringify(o.series.map(function (s) {"
                            + "return {id: s.id, data: s.data}; }));")))).readArray().getValuesAs(JsonObject.class)
                    .forEach(series -> drawn.put(series.getString("id"), series.getJsonArray("data")));
            String where = pollutant + (perTeu ? " per 10,000 TEU" : " tons");

            // every entity's line: the table's rows of the pollutant, year by year
            List<String> columns = columns(tons);
            String value = perTeu ? columns.get(5) : columns.get(4);
            Map<String, List<List<Double>>> expected = new LinkedHashMap<>();
            List<JsonObject> rows = tons.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getString(columns.get(1)).equals(pollutant)).toList();
            assertFalse(rows.isEmpty(), where);
            rows.forEach(r -> expected.computeIfAbsent("entity:" + r.getString(columns.get(0))
                            .replaceFirst(" \\(partial\\)$", ""), k -> new ArrayList<>())
                    .add(pair(r.getInt(columns.get(3)), number(r.getString(value)))));
            for (Map.Entry<String, List<List<Double>>> line : expected.entrySet()) {
                assertEquals(line.getValue(), withoutBreaks(drawn.get(line.getKey())), where + " " + line.getKey());
            }
            assertEquals(3, expected.size(), "both ports and San Pedro Bay");

            // the baseline: San Pedro Bay's 2005 figure, across the chart
            Double baseline = rows.stream().filter(r -> r.getString(columns.get(0)).startsWith("San Pedro Bay")
                    && r.getInt(columns.get(3)) == 2005).map(r -> number(r.getString(value))).findFirst()
                    .orElseThrow();
            List<List<Double>> baselineLine = points(drawn.get("baseline"));
            assertEquals(2, baselineLine.size(), where);
            baselineLine.forEach(p -> assertEquals(baseline, p.get(1), where + " baseline"));

            // the standards: from their year on, at the tons the standards table says they allow; none per TEU
            List<String> sc = columns(standards);
            List<JsonObject> applying = perTeu ? List.of() : standards.getJsonArray("rows")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getString(sc.get(0)).contains("standard: " + pollutant + " ")
                            && r.getString(sc.get(2)).equals("Standard year")
                            && r.getString(sc.get(1)).startsWith("San Pedro Bay")
                            && number(r.getString(sc.get(7))) != null).toList();
            assertEquals(applying.size(), drawn.keySet().stream().filter(id -> id.startsWith("standard:")).count(),
                    where + " " + drawn.keySet());
            for (JsonObject standard : applying) {
                List<List<Double>> line = points(drawn.get("standard:" + standard.getString(sc.get(3))));
                assertEquals(pair(Integer.parseInt(standard.getString(sc.get(3))),
                        number(standard.getString(sc.get(7)))), line.get(0), where);
            }
            if (pollutant.equals("SOx")) {
                assertEquals(2, applying.size(), "2014 and 2023: 93% below 2005 both");
            }

            // the projection: the trend and its band, year by year; none per TEU
            List<String> bc = columns(band);
            List<JsonObject> projected = perTeu ? List.of() : band.getJsonArray("rows").getValuesAs(JsonObject.class)
                    .stream().filter(r -> r.getString(bc.get(1)).equals(pollutant)).toList();
            assertEquals(!projected.isEmpty(), drawn.containsKey("band"), where);
            assertEquals(!projected.isEmpty(), drawn.containsKey("trend"), where);
            if (!projected.isEmpty()) {
                assertEquals(projected.stream().map(r -> List.of((double) r.getInt(bc.get(3)),
                        number(r.getString(bc.get(5))), number(r.getString(bc.get(6))))).toList(),
                        points(drawn.get("band")), where + " band");
                assertEquals(projected.stream().map(r -> pair(r.getInt(bc.get(3)), number(r.getString(bc.get(4)))))
                        .toList(), points(drawn.get("trend")), where + " trend");
            }
            assertTrue(browser.driver().findElement(By.id("tons-caption")).getText().startsWith(pollutant + " of "),
                    where);
        }
        if (band.getJsonArray("rows").isEmpty()) {
            throw new AssertionError("the run fitted no trend: the band is not tested");
        }
        assertTrue(browser.driver().findElement(By.id("tons-csv")).getAttribute("href")
                .endsWith("/reports/runs/" + executionId + "/tables/tons.csv"));
        assertTrue(browser.driver().findElement(By.id("tons-band-csv")).getAttribute("href")
                .endsWith("/reports/runs/" + executionId + "/tables/projection-band.csv"));
    }

    private static JsonObject tableJson(URL base, String executionId, String name) throws Exception {
        return Json.createReader(new StringReader(Http.get(Http.User.BOARD, Http.api(base) + "/reports/runs/"
                + executionId + "/tables/" + name + ".json").body())).readObject();
    }

    private static List<String> columns(JsonObject table) {
        return table.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static List<Double> pair(int year, Double value) {
        List<Double> pair = new ArrayList<>();
        pair.add((double) year);
        pair.add(value);
        return pair;
    }

    /**
     * An entity's line without its breaks: a break ([year, "-"], ECharts' empty value) stands only right before the
     * point of its year, where that year does not follow the one before.
     */
    private static List<List<Double>> withoutBreaks(JsonArray data) {
        assertNotNull(data, "no such series");
        List<JsonArray> items = data.getValuesAs(JsonArray.class);
        List<JsonArray> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonArray item = items.get(i);
            if (item.get(1).getValueType() == JsonValue.ValueType.STRING) {
                assertEquals("-", item.getString(1));
                JsonArray next = items.get(i + 1);
                assertEquals(item.getInt(0), next.getInt(0), "a break right before its year's point");
                assertTrue(!kept.isEmpty() && next.getInt(0) > kept.get(kept.size() - 1).getInt(0) + 1,
                        "a break only after a missing year");
            } else {
                kept.add(item);
            }
        }
        return points(Json.createArrayBuilder(kept).build());
    }

    /** A series' data as ECharts holds it: [x, y, ...] arrays of numbers or null. */
    private static List<List<Double>> points(JsonArray data) {
        assertNotNull(data, "no such series");
        return data.getValuesAs(JsonArray.class).stream().map(point -> {
            List<Double> values = new ArrayList<>();
            point.forEach(v -> values.add(v.getValueType() == JsonValue.ValueType.NULL ? null
                    : ((jakarta.json.JsonNumber) v).doubleValue()));
            return values;
        }).toList();
    }

    /** "-90%" as the chart reads it: -90.0; "n/a": null. */
    private static Double number(String text) {
        String cleaned = text.replaceAll("[,%\\s]", "");
        return cleaned.matches("-?\\d+(\\.\\d+)?") ? Double.valueOf(cleaned) : null;
    }
}
