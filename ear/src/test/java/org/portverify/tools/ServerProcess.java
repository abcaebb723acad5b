package org.portverify.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A WildFly of the build started as an operating-system process of its own, with its own copy of
 * {@code standalone/} (so the built server and a running test server stay untouched), the EAR in its deployment
 * folder, and a port offset. It can be killed the hard way ({@code kill -9} of the server's JVM, no shutdown hook
 * runs) and started again on the same folder and database, as a crashed production server would be.
 */
final class ServerProcess {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final Path jbossHome;
    private final Path base;
    private final int offset;
    private final List<String> properties;
    private final String heap;
    private final HttpClient http;
    private long pid = -1;

    private ServerProcess(Path jbossHome, Path base, int offset, List<String> properties, String heap) {
        this.jbossHome = jbossHome;
        this.base = base;
        this.offset = offset;
        this.properties = properties;
        this.heap = heap;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(trusting(
                base.resolve("configuration/application.keystore"))).build();
    }

    /** Copies the built server's configuration and the EAR into {@code work/base} (replacing an earlier copy). */
    static ServerProcess prepare(Path jbossHome, Path ear, Path work, int offset, String heap, List<String> properties)
            throws IOException {
        Path base = work.resolve("base");
        delete(base);
        copy(jbossHome.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(ear, base.resolve("deployments/portverify.ear"));
        return new ServerProcess(jbossHome, base, offset, properties, heap);
    }

    String api() {
        return "https://127.0.0.1:" + (8443 + offset) + "/portverify/api";
    }

    HttpClient http() {
        return http;
    }

    /** The server JVM's process id (from JBOSS_PIDFILE); -1 while it is not running. */
    long pid() {
        return pid;
    }

    /** Starts the server and waits until the application answers its health check. */
    void start() throws IOException, InterruptedException {
        Path pidFile = base.resolve("server.pid");
        Files.deleteIfExists(pidFile);
        List<String> command = new ArrayList<>(List.of(jbossHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset));
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("server.out").toFile()));
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        builder.environment().put("JBOSS_PIDFILE", pidFile.toString());
        builder.environment().put("JAVA_OPTS", "-Xms64m -Xmx" + heap + " -Djava.net.preferIPv4Stack=true");
        builder.start();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (pid < 0 && Files.exists(pidFile) && Files.size(pidFile) > 0) {
                pid = Long.parseLong(Files.readString(pidFile).trim());
            }
            if (pid > 0 && health()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not answer at " + api() + "/health; see "
                + base.resolve("server.out"));
    }

    private boolean health() throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(api() + "/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** SIGKILL to the server's JVM: no shutdown, no flush, no listener runs. */
    void kill9() {
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().join();
        });
        pid = -1;
    }

    /** SIGTERM: WildFly shuts down gracefully. */
    void stop() {
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroy();
            process.onExit().join();
        });
        pid = -1;
    }

    private static SSLContext trusting(Path keyStoreFile) {
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
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
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
