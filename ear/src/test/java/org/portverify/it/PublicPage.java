package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.json.JsonObject;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The public page in Chromium, for {@link PublicViewIT}'s client side: kept apart so that the in-server side of that
 * test never loads Selenium, which the deployment does not carry.
 */
final class PublicPage {

    private PublicPage() {
    }

    /** Opens the page anonymously at {@code year}: its first figure is {@code figure}, with its status in words. */
    static void showsTheFigure(URL base, int year, JsonObject figure) throws Exception {
        Browser.assumeInstalled();
        try (Browser browser = Browser.anonymous(base, "public/index.html?year=" + year)) {
            browser.await(By.cssSelector("#figures tbody tr"));
            assertEquals("Reporting year " + year, browser.await(By.id("release-heading")).getText());
            WebElement row = browser.driver().findElements(By.cssSelector("#figures tbody tr")).get(0);
            List<String> cells = row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText)
                    .toList();
            assertEquals(figure.getString("entity"), cells.get(0));
            assertEquals(figure.getString("change"), cells.get(4));
            assertEquals("Verified", cells.get(6));
            assertTrue(browser.driver().findElements(By.cssSelector("#downloads a")).stream()
                    .anyMatch(a -> a.getAttribute("href").endsWith("/public/releases/" + year
                            + "/tables/reductions.csv")));
            summariesAreLinked(browser, base, year);
            chartIsTheTrendsTable(browser, base, year);
            keyFiguresAreLabelled(browser, base, year, null);
            browser.screenshot("public-desktop");
            browser.screenshot("public-phone", 390);
        }
    }

    /** The community summary's links: the API's, in its order, each named in its own language. */
    private static void summariesAreLinked(Browser browser, URL base, int year) throws Exception {
        JsonObject summaries = jakarta.json.Json.createReader(new java.io.StringReader(Http.get(Http.User.ANONYMOUS,
                Http.api(base) + "/public/releases/" + year).body())).readObject().getJsonObject("release")
                .getJsonObject("summaries");
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#downloads li.summaries a"));
        assertEquals(List.of("English", "Español", "中文"), links.stream().map(WebElement::getText).toList());
        assertEquals(List.of("en", "es", "zh-CN"), links.stream().map(a -> a.getAttribute("lang")).toList());
        List<String> expected = summaries.keySet().stream().map(code -> summaries.getString(code)).toList();
        assertEquals(expected.size(), links.size());
        for (int i = 0; i < links.size(); i++) {
            assertTrue(links.get(i).getAttribute("href").endsWith("/api/" + expected.get(i)),
                    links.get(i).getAttribute("href") + " is " + expected.get(i));
        }
    }

    /** The chart's series, as ECharts holds them, against the released trends table as the public API serves it. */
    private static void chartIsTheTrendsTable(Browser browser, URL base, int year) throws Exception {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofMinutes(2))
                .until(d -> String.valueOf(year).equals(js.executeScript("return document.body.dataset.chartYear")));
        jakarta.json.JsonArray series = jakarta.json.Json.createReader(new java.io.StringReader(String.valueOf(
                js.executeScript("return JSON.stringify(echarts.getInstanceByDom(document.getElementById("
                        + "'trend-chart')).getOption().series.map(function (s) { return {name: s.name, data: s.data};"
                        + " }));")))).readArray();
        JsonObject table = jakarta.json.Json.createReader(new java.io.StringReader(Http.get(Http.User.ANONYMOUS,
                Http.api(base) + "/public/releases/" + year + "/tables/trends.json").body())).readObject();
        List<String> columns = table.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        List<JsonObject> bay = table.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString(columns.get(0)).startsWith("San Pedro Bay")).toList();
        assertEquals(columns.size() - 2, series.size());
        for (int i = 2; i < columns.size(); i++) {
            String pollutant = columns.get(i);
            JsonObject drawn = series.getValuesAs(JsonObject.class).stream()
                    .filter(s -> s.getString("name").equals(pollutant)).findFirst().orElseThrow();
            List<Double> expected = new java.util.ArrayList<>();
            bay.forEach(r -> {
                String cleaned = r.getString(pollutant).replaceAll("[,%\\s]", "");
                expected.add(cleaned.matches("-?\\d+(\\.\\d+)?") ? Double.valueOf(cleaned) : null);
            });
            List<Double> shown = new java.util.ArrayList<>();
            drawn.getJsonArray("data").forEach(v -> shown.add(v.getValueType() == jakarta.json.JsonValue.ValueType.NULL
                    ? null : ((jakarta.json.JsonNumber) v).doubleValue()));
            assertEquals(expected, shown, pollutant);
        }
    }

    /**
     * The language switch: the page's fixed text from the chosen bundle (read here from the server, as the page reads
     * it), the figures unchanged.
     */
    static void speaksTheChosenLanguage(URL base, int year, JsonObject figure, String language) throws Exception {
        Browser.assumeInstalled();
        JsonObject bundle = jakarta.json.Json.createReader(new java.io.StringReader(Http.get(Http.User.ANONYMOUS,
                Http.secure(base) + (Http.secure(base).endsWith("/") ? "" : "/") + "public/i18n/" + language
                        + ".json").body())).readObject();
        try (Browser browser = Browser.anonymous(base, "public/index.html?year=" + year + "&lang=" + language)) {
            browser.await(By.cssSelector("#figures tbody tr"));
            assertEquals(language, browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals(bundle.getString("title"), browser.driver().findElement(By.tagName("h1")).getText());
            assertEquals(bundle.getString("reportingYear").replace("{0}", String.valueOf(year)),
                    browser.await(By.id("release-heading")).getText());
            WebElement row = browser.driver().findElements(By.cssSelector("#figures tbody tr")).get(0);
            List<String> cells = row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText)
                    .toList();
            assertEquals(figure.getString("entity"), cells.get(0), "names are never translated");
            assertEquals(figure.getString("change"), cells.get(4), "nor figures");
            assertEquals(bundle.getString("status.VERIFIED"), cells.get(6));
            keyFiguresAreLabelled(browser, base, year, bundle);
            browser.screenshot("public-" + language);
        }
    }

    /**
     * The key figures as cards, in the released table's order: the value as printed; the label in the bundle's words
     * for the figure's code with its subject (a pollutant) as printed, or, in English ({@code bundle} null), exactly
     * the report's label.
     */
    private static void keyFiguresAreLabelled(Browser browser, URL base, int year, JsonObject bundle)
            throws Exception {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofMinutes(2))
                .until(d -> String.valueOf(year).equals(js.executeScript("return document.body.dataset.chartYear")));
        JsonObject table = jakarta.json.Json.createReader(new java.io.StringReader(Http.get(Http.User.ANONYMOUS,
                Http.api(base) + "/public/releases/" + year + "/tables/key-figures.json").body())).readObject();
        List<String> columns = table.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertEquals(List.of("Label", "Value", "Note", "Code", "Subject"), columns);
        List<JsonObject> rows = table.getJsonArray("rows").getValuesAs(JsonObject.class);
        List<WebElement> cards = browser.driver().findElements(By.cssSelector("#key-figures .key-figure"));
        assertEquals(rows.size(), cards.size());
        assertTrue(rows.size() >= 4, "the bay's changes, the standards, defaults and penalties at least");
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = rows.get(i);
            String code = row.getString("Code");
            assertTrue(!code.isEmpty(), "every key figure has a code: " + row);
            assertEquals(code, cards.get(i).getAttribute("data-code"));
            assertEquals(row.getString("Value"), cards.get(i).findElement(By.tagName("strong")).getText(),
                    "figures are never translated");
            String label = cards.get(i).findElement(By.tagName("span")).getText();
            if (bundle == null) {
                assertEquals(row.getString("Label"), label, "English: the report's own words");
            } else {
                assertEquals(bundle.getString("keyFigure." + code).replace("{0}", row.getString("Subject")), label);
                assertTrue(!label.equals(row.getString("Label")), "translated: " + label);
                if (!row.getString("Subject").isEmpty()) {
                    assertTrue(label.contains(row.getString("Subject")), "the pollutant as printed: " + label);
                }
            }
        }
    }
}
