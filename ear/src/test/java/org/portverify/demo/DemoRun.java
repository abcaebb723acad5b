package org.portverify.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The quick start's client: against a started server with the EAR deployed, runs annual-verification for a year
 * through the REST API, waits for it, and saves the Governing Board PDF. It never throws, so that Maven always
 * reaches the server shutdown; the build's verify phase fails when the PDF is missing.
 *
 * <p>Arguments: API base URL (HTTPS), reporting year, output folder, and the server's key store, whose self-signed
 * local certificate (configure.cli) is the only one this client trusts.
 */
public final class DemoRun {

    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
    /** The documented local demo administrator (docs/security.md). */
    private static final String ADMIN = "Basic " + java.util.Base64.getEncoder()
            .encodeToString("admin:admin-demo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private static final Pattern EXECUTION_ID = Pattern.compile("\"executionId\"\\s*:\\s*(\\d+)");

    private final HttpClient http;
    private final String api;

    private DemoRun(String api, SSLContext tls) {
        this.api = api;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(tls).build();
    }

    public static void main(String[] args) {
        String api = args[0];
        String year = args[1];
        Path output = Path.of(args[2], "portverify-board-report-" + year + ".pdf");
        try {
            Files.deleteIfExists(output);
            new DemoRun(api, trusting(Path.of(args[3]))).run(year, output);
        } catch (Exception e) {
            System.err.println("[demo] FAILED: " + e);
        }
    }

    /** Trusts the certificates of that key store (WildFly's default password) and no other. */
    private static SSLContext trusting(Path keyStoreFile) throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("JKS");
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            keyStore.load(in, "password".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private void run(String year, Path output) throws IOException, InterruptedException {
        waitForDeployment();
        String history = get("/runs").body();
        long previous = EXECUTION_ID.matcher(history).results().count();
        System.out.println("[demo] the job repository remembers " + previous + " earlier run(s)");

        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(api + "/runs?reportingYear=" + year)).header("Authorization", ADMIN)
                .header("X-PortVerify-Request", "demo") // the CSRF guard's header (docs/security.md)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        Matcher id = EXECUTION_ID.matcher(started.body());
        if (started.statusCode() != 202 || !id.find()) {
            throw new IllegalStateException("start refused: " + started.statusCode() + " " + started.body());
        }
        String executionId = id.group(1);
        System.out.println("[demo] started annual-verification for " + year + ", execution " + executionId);

        String status = waitForEnd(executionId);
        String detail = get("/runs/" + executionId).body();
        System.out.println("[demo] execution " + executionId + " ended " + status + ": " + detail);
        if (!"COMPLETED".equals(status)) {
            throw new IllegalStateException("the run ended " + status);
        }
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(
                URI.create(api + "/reports/runs/" + executionId + "/board.pdf")).header("Authorization", ADMIN).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (pdf.statusCode() != 200) {
            throw new IllegalStateException("report download answered " + pdf.statusCode());
        }
        Files.createDirectories(output.getParent());
        Files.write(output, pdf.body());
        System.out.println("[demo] Governing Board report: " + output.toAbsolutePath() + " (sha256 "
                + pdf.headers().firstValue("X-PortVerify-PDF-SHA256").orElse("?") + ")");
    }

    private void waitForDeployment() throws InterruptedException {
        long deadline = System.nanoTime() + DEPLOY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get("/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still deploying
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the application did not answer at " + api + "/health");
    }

    private String waitForEnd(String executionId) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher status = STATUS.matcher(get("/runs/" + executionId).body());
            if (status.find() && !status.group(1).equals("STARTING") && !status.group(1).equals("STARTED")) {
                return status.group(1);
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("execution " + executionId + " did not end within " + RUN_TIMEOUT);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", ADMIN).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
