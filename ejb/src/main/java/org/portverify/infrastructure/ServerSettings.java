package org.portverify.infrastructure;

import org.portverify.domain.run.RunSettings;
import org.portverify.infrastructure.files.PackageLimits;

/**
 * The server's own settings (system properties of the WildFly configuration), read when a run starts and never
 * again for that run: what a run resolves is recorded on it.
 */
public final class ServerSettings {

    /** Where the ports' packages are read from unless a run names another folder. */
    public static final String SUBMISSIONS_DIR = "portverify.submissions.dir";

    /** The server's default 1990 GHG references, used when a run gives no {@code ghgReference1990}. */
    public static final String GHG_REFERENCE_1990 = "portverify.ghg.reference1990";

    /** Prefix of the package limits, e.g. {@code portverify.limits.line-chars}; see {@link PackageLimits}. */
    public static final String LIMITS = "portverify.limits.";

    /** Days the stored package of a REJECTED upload is kept (its findings and digest stay forever); default 30. */
    public static final String REFUSED_PACKAGE_RETENTION_DAYS = "portverify.refused.package.retention.days";
    /** Days after certification a port may dispute its copy of record; default 30. */
    public static final String DISPUTE_WINDOW_DAYS = "portverify.dispute.window.days";

    /** The largest request body the API reads, in bytes (uploads); larger ones are refused with PV-1080. */
    public static final String UPLOAD_MAX_BYTES = "portverify.upload.max-bytes";

    /** 10 MiB, WildFly's own max-post-size default, which the API used to answer with an empty 400. */
    public static final long UPLOAD_MAX_BYTES_DEFAULT = 10L * 1024 * 1024;

    private ServerSettings() {
    }

    /** The absolute limits packages are read within: each property, or its default when unset or not valid. */
    public static PackageLimits packageLimits() {
        PackageLimits defaults = PackageLimits.DEFAULTS;
        return new PackageLimits(
                (int) limit("line-chars", defaults.lineChars(), Integer.MAX_VALUE),
                (int) limit("field-chars", defaults.fieldChars(), Integer.MAX_VALUE),
                limit("entry-bytes", defaults.entryBytes(), Long.MAX_VALUE),
                (int) limit("row-cells", defaults.rowCells(), Integer.MAX_VALUE),
                (int) limit("shared-strings", defaults.sharedStrings(), Integer.MAX_VALUE),
                limit("shared-strings-chars", defaults.sharedStringsChars(), Long.MAX_VALUE));
    }

    /** A misconfigured limit (not a number, below 1, too large) keeps its default rather than no limit at all. */
    private static long limit(String name, long defaultValue, long max) {
        String value = System.getProperty(LIMITS + name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            long limit = Long.parseLong(value.strip());
            return limit >= 1 && limit <= max ? limit : defaultValue;
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    /** How long the stored package of a REJECTED upload is kept: {@value #REFUSED_PACKAGE_RETENTION_DAYS}, 30 days. */
    public static java.time.Duration refusedPackageRetention() {
        return java.time.Duration.ofDays(wholeDays(REFUSED_PACKAGE_RETENTION_DAYS, 30, Long.MAX_VALUE));
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

    /** The dispute window in force now: {@value #DISPUTE_WINDOW_DAYS}, a whole number of days from 0, 30 if unset. */
    public static int disputeWindowDays() {
        return (int) wholeDays(DISPUTE_WINDOW_DAYS, 30, 3660);
    }

    /** A number of days from 0 to {@code max}, {@code defaultDays} when unset; anything else stops the server's use. */
    private static long wholeDays(String property, long defaultDays, long max) {
        String days = System.getProperty(property, Long.toString(defaultDays)).strip();
        try {
            long value = Long.parseLong(days);
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalStateException("System property " + property + " must be a whole number of days, 0"
                + (max == Long.MAX_VALUE ? " or more" : " to " + max) + ", not '" + days + "'");
    }
}
