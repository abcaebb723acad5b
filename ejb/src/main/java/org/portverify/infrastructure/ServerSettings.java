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

    /** The largest request body the API reads, in bytes (uploads); larger ones are refused with PV-1080. */
    public static final String UPLOAD_MAX_BYTES = "portverify.upload.max-bytes";

    /** 10 MiB, WildFly's own max-post-size default, which the API used to answer with an empty 400. */
    public static final long UPLOAD_MAX_BYTES_DEFAULT = 10L * 1024 * 1024;

    private ServerSettings() {
    }

    /** What the server contributes to a run's settings now. */
    public static RunSettings.ServerDefaults runDefaults() {
        return new RunSettings.ServerDefaults(System.getProperty(SUBMISSIONS_DIR),
                System.getProperty(GHG_REFERENCE_1990), "system property " + GHG_REFERENCE_1990);
    }

    /** The upload limit now: the system property if it is a positive whole number, else the default. */
    public static long uploadMaxBytes() {
        String configured = System.getProperty(UPLOAD_MAX_BYTES);
        try {
            long value = configured == null ? UPLOAD_MAX_BYTES_DEFAULT : Long.parseLong(configured.trim());
            return value > 0 ? value : UPLOAD_MAX_BYTES_DEFAULT;
        } catch (NumberFormatException e) {
            return UPLOAD_MAX_BYTES_DEFAULT;
        }
    }
}
