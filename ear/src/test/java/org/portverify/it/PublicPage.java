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
            browser.screenshot("public-desktop");
            browser.screenshot("public-phone", 390);
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
            browser.screenshot("public-" + language);
        }
    }
}
