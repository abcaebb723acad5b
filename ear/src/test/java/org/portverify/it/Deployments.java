package org.portverify.it;

import java.io.File;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of the system tests: the EAR the build produced, unchanged but for the test classes (and PDFBox)
 * added to its WAR, so that the tests exercise exactly what ships.
 */
final class Deployments {

    private static final String WAR = "portverify-web.war";
    private static final String BATCH_JAR = "portverify-batch-jobs.jar";

    private Deployments() {
    }

    static EnterpriseArchive ear(Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("portverify.ear")));
        WebArchive war;
        try (InputStream in = ear.get(WAR).getAsset().openStream()) {
            war = ShrinkWrap.create(ZipImporter.class, WAR).importFrom(in).as(WebArchive.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        openArquillianRunner(war);
        war.addClasses(testClasses);
        war.addClasses(Deployments.class, Runs.class, Http.class, PdfText.class, Reviews.class);
        war.addAsLibraries(jarOf(PDDocument.class), jarOf(RandomAccessRead.class), jarOf(FontBoxFont.class));
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }

    /**
     * The deployment with test-only batch artifacts added to its batch module, where the job operator resolves the
     * jobs' artifacts (e.g. an enabled alternative that replaces a production artifact of the same name).
     */
    static EnterpriseArchive withBatchArtifacts(EnterpriseArchive ear, Class<?>... artifacts) {
        JavaArchive batch;
        try (InputStream in = ear.get(BATCH_JAR).getAsset().openStream()) {
            batch = ShrinkWrap.create(ZipImporter.class, BATCH_JAR).importFrom(in).as(JavaArchive.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        batch.addClasses(artifacts);
        ear.delete(BATCH_JAR);
        ear.addAsModule(batch);
        return ear;
    }

    /**
     * The web page needs a sign-in for every path but /api/health; in-container tests reach the server through
     * Arquillian's servlet, which signs in as nobody, so the test deployment lets it through (exact path only).
     */
    private static void openArquillianRunner(WebArchive war) {
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String open = """
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>arquillian</web-resource-name>
                            <url-pattern>/ArquillianServletRunnerEE9/*</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                """;
        if (!webXml.contains("<login-config>")) {
            throw new IllegalStateException("web.xml has no <login-config>");
        }
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new org.jboss.shrinkwrap.api.asset.StringAsset(
                webXml.replace("    <login-config>", open + "    <login-config>")));
    }

    private static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
