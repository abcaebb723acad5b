package org.portverify.infrastructure;

import org.portverify.domain.run.RunSettings;

/**
 * The server's own settings (system properties of the WildFly configuration), read when a run starts and never
 * again for that run: what a run resolves is recorded on it.
 */
public final class ServerSettings {

    /** Where the ports' packages are read from unless a run names another folder. */
    public static final String SUBMISSIONS_DIR = "portverify.submissions.dir";

    /** The server's default 1990 GHG references, used when a run gives no {@code ghgReference1990}. */
    public static final String GHG_REFERENCE_1990 = "portverify.ghg.reference1990";

    private ServerSettings() {
    }

    /** What the server contributes to a run's settings now. */
    public static RunSettings.ServerDefaults runDefaults() {
        return new RunSettings.ServerDefaults(System.getProperty(SUBMISSIONS_DIR),
                System.getProperty(GHG_REFERENCE_1990), "system property " + GHG_REFERENCE_1990);
    }
}
