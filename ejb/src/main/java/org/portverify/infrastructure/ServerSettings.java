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

    /** Days the stored package of a REJECTED upload is kept (its findings and digest stay forever); default 30. */
    public static final String REFUSED_PACKAGE_RETENTION_DAYS = "portverify.refused.package.retention.days";

    private ServerSettings() {
    }

    /** How long the stored package of a REJECTED upload is kept: {@value #REFUSED_PACKAGE_RETENTION_DAYS}, 30 days. */
    public static java.time.Duration refusedPackageRetention() {
        String days = System.getProperty(REFUSED_PACKAGE_RETENTION_DAYS, "30").strip();
        try {
            long value = Long.parseLong(days);
            if (value >= 0) {
                return java.time.Duration.ofDays(value);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalStateException("System property " + REFUSED_PACKAGE_RETENTION_DAYS
                + " must be a whole number of days, 0 or more, not '" + days + "'");
    }

    /** What the server contributes to a run's settings now. */
    public static RunSettings.ServerDefaults runDefaults() {
        return new RunSettings.ServerDefaults(System.getProperty(SUBMISSIONS_DIR),
                System.getProperty(GHG_REFERENCE_1990), "system property " + GHG_REFERENCE_1990);
    }
}
