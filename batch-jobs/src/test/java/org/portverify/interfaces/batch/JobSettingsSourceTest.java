package org.portverify.interfaces.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.batch.api.BatchProperty;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every artifact of the jobs reads its settings from the run record by its execution id: no artifact takes a batch
 * property, no job XML hands one to an artifact, and the only job parameter a job XML reads is the chunk's
 * item-count. The job listeners are the one reader of the job parameters, through {@link RunSettingsParameters}.
 */
class JobSettingsSourceTest {

    private static final Path CLASSES = classes();

    @Test
    void noArtifactTakesABatchProperty() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : artifactClasses()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(BatchProperty.class)) {
                    offenders.add(type.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertEquals(List.of(), offenders);
        assertTrue(artifactClasses().size() >= 10, "the artifacts were found: " + artifactClasses());
    }

    @ParameterizedTest
    @ValueSource(strings = {"annual-verification", "reverification", "ingest-submission"})
    void aJobXmlHandsNoSettingToItsArtifacts(String job) throws Exception {
        Document xml;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/batch-jobs/" + job + ".xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            xml = factory.newDocumentBuilder().parse(in);
        }
        NodeList properties = xml.getElementsByTagNameNS("*", "properties");
        assertEquals(0, properties.getLength(), job + " declares <properties>");
        Matcher parameters = Pattern.compile("jobParameters\\['([^']+)'\\]").matcher(
                Files.readString(CLASSES.resolve("META-INF/batch-jobs/" + job + ".xml")));
        List<String> read = new ArrayList<>();
        while (parameters.find()) {
            read.add(parameters.group(1));
        }
        NodeList chunks = xml.getElementsByTagNameNS("*", "chunk");
        assertTrue(xml.getElementsByTagNameNS("*", "step").getLength() >= 2, job + " was parsed");
        assertEquals(java.util.Collections.nCopies(chunks.getLength(), "itemCount"), read,
                job + " reads job parameters");
        for (int i = 0; i < chunks.getLength(); i++) {
            assertTrue(((Element) chunks.item(i)).getAttribute("item-count").contains("itemCount"));
        }
    }

    /** The classes of this module that JBeret instantiates as artifacts (named CDI beans). */
    private static List<Class<?>> artifactClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> artifacts = new ArrayList<>();
        Path root = CLASSES.resolve("org/portverify/interfaces/batch");
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = "org.portverify.interfaces.batch." + file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(jakarta.inject.Named.class)) {
                    artifacts.add(type);
                }
            }
        }
        return artifacts;
    }

    private static Path classes() {
        try {
            return Path.of(RunSettingsParameters.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
