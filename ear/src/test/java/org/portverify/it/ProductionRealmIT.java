package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The server as the build configures it (configure.cli), read from its standalone.xml and the realm folder it
 * points at, without starting it: the web application's security domain ends in the filesystem realm
 * {@code PortVerifyRealm}, whose production folder holds no identity, so a plain build refuses admin/admin-demo and
 * every other sign-in until an operator adds users (bin/add-portverify-user.sh). The demo users live in another
 * folder, stored as salted bcrypt hashes, which only the demo and the in-server tests point the realm at.
 *
 * <p>Reading the configuration rather than booting a second server: the in-server tests' server is started with
 * the demo folder, and a second boot would cost minutes; an identity absent from the realm cannot authenticate.
 */
class ProductionRealmIT {

    private static final Path CONFIGURATION = Path.of(System.getProperty("jboss.home"), "standalone",
            "configuration");
    /** A WildFly expression with a default: ${name:default}. */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+):([^}]*)}");

    @Test
    void theWebSecurityDomainAuthenticatesAgainstThePortVerifyFilesystemRealm() throws Exception {
        Document server = standaloneXml();
        Element web = only(server, "application-security-domain", "other", "urn:jboss:domain:undertow");
        String factory = web.getAttribute("http-authentication-factory");
        assertEquals("PortVerifyHttpAuthentication", factory);
        Element httpAuthentication = only(server, "http-authentication-factory", factory, null);
        assertEquals("PortVerifyDomain", httpAuthentication.getAttribute("security-domain"));
        Element domain = only(server, "security-domain", "PortVerifyDomain", null);
        assertEquals("PortVerifyRealm", domain.getAttribute("default-realm"));
        NodeList realms = domain.getElementsByTagNameNS("*", "realm");
        assertEquals(1, realms.getLength());
        assertEquals("PortVerifyRealm", ((Element) realms.item(0)).getAttribute("name"));
    }

    @Test
    void theProductionRealmHoldsNoIdentity() throws Exception {
        Path realm = productionRealmFolder();
        assertEquals(CONFIGURATION.resolve("portverify-users"), realm);
        assertEquals(List.of(), identities(realm), "identities in the production realm " + realm);
    }

    @Test
    void theDemoUsersAreStoredAsSaltedBcryptHashes() throws Exception {
        Path demo = CONFIGURATION.resolve("portverify-demo-users");
        List<Path> identities = identities(demo);
        // Elytron names each file after the identity, '-' written as '_', then its name in base 32.
        assertEquals(List.of("admin", "auditor", "board", "lockout_probe", "pola", "pola_official", "polb",
                "polb_official", "reviewer"), identities.stream()
                .map(p -> p.getFileName().toString().replaceFirst("-[A-Z2-7]+\\.xml$", "")).sorted().toList());
        for (Path identity : identities) {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(identity.toFile());
            NodeList passwords = xml.getElementsByTagName("password");
            assertEquals(1, passwords.getLength(), identity.toString());
            assertEquals("bcrypt", ((Element) passwords.item(0)).getAttribute("algorithm"), identity.toString());
            assertFalse(Files.readString(identity).contains("-demo"), identity + " holds a clear password");
        }
    }

    private static Path productionRealmFolder() throws Exception {
        Element realm = only(standaloneXml(), "filesystem-realm", "PortVerifyRealm", null);
        NodeList files = realm.getElementsByTagNameNS("*", "file");
        assertEquals(1, files.getLength(), "the realm's <file>");
        Element file = (Element) files.item(0);
        String path = file.getAttribute("path");
        Matcher expression = EXPRESSION.matcher(path);
        String folder = expression.matches() ? expression.group(2) : path;
        assertEquals("jboss.server.config.dir", file.getAttribute("relative-to"));
        return CONFIGURATION.resolve(folder);
    }

    private static List<Path> identities(Path realm) throws IOException {
        if (!Files.isDirectory(realm)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(realm)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Document standaloneXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(CONFIGURATION.resolve("standalone.xml").toFile());
    }

    /** The one element of that name whose name attribute is {@code name}, within a namespace starting so. */
    private static Element only(Document document, String element, String name, String namespacePrefix) {
        NodeList all = document.getElementsByTagNameNS("*", element);
        Element found = null;
        for (int i = 0; i < all.getLength(); i++) {
            Element candidate = (Element) all.item(i);
            boolean inNamespace = namespacePrefix == null || candidate.getNamespaceURI().startsWith(namespacePrefix);
            if (inNamespace && name.equals(candidate.getAttribute("name"))) {
                assertTrue(found == null, "two " + element + " named " + name);
                found = candidate;
            }
        }
        assertTrue(found != null, "no " + element + " named " + name + " in standalone.xml");
        return found;
    }
}
