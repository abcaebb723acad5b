package org.portverify.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests, driven by Debian's chromedriver (packages {@code chromium} and
 * {@code chromium-driver}): a fresh profile, the page over HTTPS, downloads into a folder of the test's, and the sign-in as a demo user.
 * Without the browser the tests are skipped, unless {@code -Dportverify.browser.required=true} (CI) makes that a
 * failure.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMEDRIVER = Path.of(System.getProperty("portverify.chromedriver",
            "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(System.getProperty("portverify.chromium", "/usr/bin/chromium"));
    private static final Duration WAIT = Duration.ofMinutes(3);

    private final WebDriver driver;
    private final Path profile;
    private final Path downloads;

    private Browser(WebDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** Skips the calling test when the browser is not installed, or fails it when the browser is required. */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (installed) {
            return;
        }
        String message = "Browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian packages chromium and chromium-driver: apt-get install -y chromium chromium-driver)";
        if (Boolean.getBoolean("portverify.browser.required")) {
            fail(message + "; portverify.browser.required=true");
        }
        Assumptions.assumeTrue(false, message + "; skipped");
    }

    /**
     * Opens the web page signed in as {@code user}: the credentials go in the URL, which Chromium answers the HTTP
     * Basic challenge with, and the page's own requests then reuse.
     */
    static Browser open(URL base, String user, String password) throws IOException {
        Browser browser = start();
        String root = Http.secure(base);
        String signedIn = root.replaceFirst("^(https?://)", "$1" + user + ":" + password + "@");
        browser.driver.get(signedIn.endsWith("/") ? signedIn : signedIn + "/");
        return browser;
    }

    /** Opens {@code path} under the application (e.g. "public/") without signing in, as anyone would. */
    static Browser anonymous(URL base, String path) throws IOException {
        Browser browser = start();
        String root = Http.secure(base);
        browser.driver.get((root.endsWith("/") ? root : root + "/") + path);
        return browser;
    }

    private static Browser start() throws IOException {
        Path profile = Files.createTempDirectory("portverify-chromium-profile");
        Path downloads = Files.createTempDirectory("portverify-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without these the closed network makes Chromium wait on services it cannot reach.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + profile,
                // The test server's certificate is self-signed (configure.cli); only this test browser accepts it.
                "--ignore-certificate-errors");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("plugins.always_open_pdf_externally", true);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile, downloads);
    }

    WebDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    WebElement await(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    WebElement awaitPresent(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** The one file that appears in the download folder, once Chromium has finished writing it. */
    Path awaitDownload() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(downloads)) {
                var done = files.filter(f -> !f.getFileName().toString().endsWith(".crdownload")
                        && !f.getFileName().toString().startsWith(".")).toList();
                if (done.size() == 1 && Files.size(done.get(0)) > 0) {
                    return done.get(0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no download finished in " + downloads + " within " + WAIT);
    }

    /** Saves what the page shows as target/web-page/{name}.png, for people to look at after the build. */
    void screenshot(String name) throws IOException {
        screenshot(name, 1280);
    }

    /** As {@link #screenshot(String)}, at {@code width} CSS pixels (390: a phone). */
    void screenshot(String name, int width) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "web-page"));
        driver.manage().window().setSize(new Dimension(width, 1024));
        Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(width, Math.min(4000, ((Number) height).intValue() + 40)));
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
            delete(downloads);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A leftover temporary folder does not change what the test showed.
        }
    }
}
