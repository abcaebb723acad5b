package org.portverify.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A small HTTP client for the tests that call the REST API from outside the server, as one of the documented demo
 * users (ear/src/main/wildfly/demo-users.cli) or anonymously, over HTTPS.
 */
final class Http {

    /** WildFly's https listener is its http port plus this (8443 - 8080), whatever the port offset. */
    private static final int HTTPS_PORT_DISTANCE = 8443 - 8080;

    /** Trusts only the self-signed certificate the build generated into the test server's key store. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().sslContext(trustingTheTestServer()).build();

    /** Demo users and their passwords, as docs/security.md documents them. */
    enum User {
        ANONYMOUS(null, null), BOARD("board", "board-demo"), AUDITOR("auditor", "auditor-demo"),
        ADMIN("admin", "admin-demo"), POLA("pola", "pola-demo"), POLB("polb", "polb-demo"),
        /** The ports' certifying officials (demo-users.cli). */
        POLA_OFFICIAL("pola-official", "pola-official-demo"), POLB_OFFICIAL("polb-official", "polb-official-demo"),
        /** The regulator's reviewer of certified versions. */
        REVIEWER("reviewer", "reviewer-demo"),
        /** A known user with a wrong password. */
        BOARD_WRONG_PASSWORD("board", "not-the-password"),
        /** A board-staff identity only the tests have (test-users.cli), which SignInIT locks out. */
        LOCKOUT_PROBE("lockout-probe", "lockout-probe-test"),
        LOCKOUT_PROBE_WRONG_PASSWORD("lockout-probe", "not-the-password");

        private final String name;
        private final String password;

        User(String name, String password) {
            this.name = name;
            this.password = password;
        }

        /** The demo password, for a second authentication (a certifying official signing). */
        String password() {
            return password;
        }

        String authorization() {
            return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
        }

        HttpRequest.Builder sign(HttpRequest.Builder request) {
            return name == null ? request : request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The header the web page sends with every call; the server refuses state-changing calls without it (CSRF). */
    static final String PAGE_HEADER = "X-PortVerify-Request";

    private Http() {
    }

    /** A request as the page (or a legitimate API client) makes it: signed, with the page's header. */
    static HttpRequest.Builder request(User user, String url) {
        return user.sign(HttpRequest.newBuilder(URI.create(url))).header(PAGE_HEADER, "test");
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The API root, over HTTPS, for a WAR deployed at {@code base} ("http://host:8080/portverify/"). */
    static String api(URL base) {
        return secure(base) + "api";
    }

    /**
     * The HTTPS address of the WAR Arquillian reports over plain HTTP: credentials are accepted on HTTPS only
     * (web.xml's transport-guarantee CONFIDENTIAL). Ends with "/".
     */
    static String secure(URL base) {
        String path = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        return "https://" + base.getHost() + ":" + (base.getPort() + HTTPS_PORT_DISTANCE) + path;
    }

    /**
     * The key store configure.cli generates the server's certificate into (password: WildFly's default), seen from
     * the tests' JVM (jboss.home, set by failsafe) or from inside the server (in-container tests).
     */
    static Path serverKeyStore() {
        String serverConfig = System.getProperty("jboss.server.config.dir");
        Path configuration = serverConfig != null ? Path.of(serverConfig)
                : Path.of(System.getProperty("jboss.home"), "standalone", "configuration");
        return configuration.resolve("application.keystore");
    }

    /**
     * Sends only the head of a POST over TLS, announcing {@code contentLength} bytes that are never sent, and returns
     * the raw answer (status line, headers, body) once the server closes. A server that refuses on the head alone
     * answers without racing a client still writing the body (whose reset can swallow the answer).
     */
    static String postHeadOnly(User user, String url, long contentLength) throws IOException {
        URI uri = URI.create(url);
        try (SSLSocket socket = (SSLSocket) trustingTheTestServer().getSocketFactory()
                .createSocket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\n" + "Authorization: " + user.authorization() + "\r\n" + PAGE_HEADER + ": test\r\n"
                    + "Content-Type: multipart/form-data; boundary=portverify-head-only\r\n"
                    + "Content-Length: " + contentLength + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static SSLContext trustingTheTestServer() {
        try (InputStream in = Files.newInputStream(serverKeyStore())) {
            KeyStore keyStore = KeyStore.getInstance("JKS");
            keyStore.load(in, "password".toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keyStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust " + serverKeyStore(), e);
        }
    }

    static HttpResponse<String> get(User user, String url) throws IOException, InterruptedException {
        return send(request(user, url).build());
    }

    static HttpResponse<byte[]> getBytes(User user, String url) throws IOException, InterruptedException {
        return CLIENT.send(request(user, url).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A multipart/form-data upload: the file as part "package", plus plain form fields. */
    static HttpResponse<String> upload(User user, String url, String fileName, byte[] content,
                                       Map<String, String> fields) throws IOException, InterruptedException {
        return send(multipart(request(user, url), fileName, content, fields).build());
    }

    /** The multipart/form-data body of an upload on {@code request}: the file as part "package", plus form fields. */
    static HttpRequest.Builder multipart(HttpRequest.Builder request, String fileName, byte[] content,
                                         Map<String, String> fields) {
        String boundary = "portverify-" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"package\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** A PUT of a JSON body. */
    static HttpResponse<String> putJson(User user, String url, String json) throws IOException, InterruptedException {
        return send(request(user, url).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static HttpResponse<String> postJson(User user, String url, String json) throws IOException, InterruptedException {
        return send(request(user, url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static HttpResponse<String> post(User user, String url) throws IOException, InterruptedException {
        return send(request(user, url).POST(HttpRequest.BodyPublishers.noBody()).build());
    }
}
