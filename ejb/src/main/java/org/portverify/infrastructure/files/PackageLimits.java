package org.portverify.infrastructure.files;

import org.portverify.infrastructure.ServerSettings;

/**
 * The absolute limits a package is read within, whatever its carrier: far above any honest package, low enough that
 * a file built to exhaust the server (a line of hundreds of megabytes, a forged archive, a sheet of endless cells) is
 * refused with its own code before it costs more than a few buffers. Read once per opened package from the server's
 * settings ({@link ServerSettings#packageLimits()}), defaults in {@link #DEFAULTS}.
 *
 * @param lineChars          characters of one CSV line (PV-1032)
 * @param fieldChars         characters of one CSV field or XLSX cell (PV-1033)
 * @param entryBytes         bytes one archive entry may inflate to (PV-1030)
 * @param rowCells           cells of one XLSX row (PV-1034)
 * @param sharedStrings      texts of an XLSX shared strings table (PV-1035)
 * @param sharedStringsChars characters of an XLSX shared strings table, all texts together (PV-1036)
 */
public record PackageLimits(int lineChars, int fieldChars, long entryBytes, int rowCells, int sharedStrings,
                            long sharedStringsChars) {

    /** A record line is ~100 characters, a milestone's text at most 500: the defaults leave a wide margin. */
    public static final PackageLimits DEFAULTS = new PackageLimits(65_536, 4_096, 512L * 1024 * 1024, 1_024,
            1_000_000, 32L * 1024 * 1024);

    public PackageLimits {
        if (lineChars < 1 || fieldChars < 1 || entryBytes < 1 || rowCells < 1 || sharedStrings < 1
                || sharedStringsChars < 1) {
            throw new IllegalArgumentException("Every package limit must be at least 1");
        }
    }

    /** The server's limits now. */
    static PackageLimits current() {
        return ServerSettings.packageLimits();
    }
}
