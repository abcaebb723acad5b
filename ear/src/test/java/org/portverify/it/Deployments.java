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
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of the system tests: the EAR the build produced, unchanged but for the test classes (and PDFBox)
 * added to its WAR, so that the tests exercise exactly what ships.
 */
final class Deployments {

    private static final String WAR = "portverify-web.war";

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
        war.addClasses(testClasses);
        war.addClasses(Deployments.class, Runs.class, Http.class, PdfText.class);
        war.addAsLibraries(jarOf(PDDocument.class), jarOf(RandomAccessRead.class), jarOf(FontBoxFont.class));
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
