package org.portverify.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.portverify.infrastructure.files.PackageLimits;

/** The package limits come from system properties; a misconfigured one keeps its default, never "no limit". */
class ServerSettingsTest {

    @AfterEach
    void forgetLimits() {
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(ServerSettings.LIMITS))
                .forEach(System::clearProperty);
    }

    @Test
    void unsetLimitsAreTheDocumentedDefaults() {
        assertEquals(new PackageLimits(65_536, 4_096, 536_870_912L, 1_024, 1_000_000, 33_554_432L),
                ServerSettings.packageLimits());
    }

    @Test
    void eachLimitIsReadFromItsProperty() {
        System.setProperty("portverify.limits.line-chars", "1000");
        System.setProperty("portverify.limits.field-chars", "200");
        System.setProperty("portverify.limits.entry-bytes", "10000000000");
        System.setProperty("portverify.limits.row-cells", "64");
        System.setProperty("portverify.limits.shared-strings", "5000");
        System.setProperty("portverify.limits.shared-strings-chars", "70000");
        assertEquals(new PackageLimits(1_000, 200, 10_000_000_000L, 64, 5_000, 70_000L),
                ServerSettings.packageLimits());
    }

    @Test
    void aMisconfiguredLimitKeepsItsDefault() {
        System.setProperty("portverify.limits.line-chars", "0");
        System.setProperty("portverify.limits.field-chars", "-5");
        System.setProperty("portverify.limits.row-cells", "3000000000"); // beyond an int
        System.setProperty("portverify.limits.shared-strings", "many");
        assertEquals(PackageLimits.DEFAULTS, ServerSettings.packageLimits());
    }
}
